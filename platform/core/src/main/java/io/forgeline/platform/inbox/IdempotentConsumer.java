package io.forgeline.platform.inbox;

import com.google.protobuf.Parser;
import io.forgeline.platform.deadletters.DeadLetterHeaders;
import io.forgeline.platform.deadletters.Parking;
import io.forgeline.platform.faults.Backoff;
import io.forgeline.platform.faults.Fault;
import io.forgeline.platform.faults.Faults;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Applies an event's effect exactly once per {@code ce_id}. Use it from an {@code @Incoming} method that
 * takes the {@link ConsumerRecord} and returns this Uni; the connector acknowledges only after it completes.
 *
 * <p>What happens when the effect fails depends on the failure ({@link Faults}):
 * <ul>
 * <li>transient (database or broker away, timeouts, a lost race): the event is tried again after a capped
 * exponential back-off, for as long as it takes. The channel takes no further record meanwhile (records
 * are applied one at a time) and readiness is DOWN ({@link ConsumerHealth}). Nothing is skipped or parked.
 * <li>permanent (unreadable, invalid, refused by a business rule): the record is parked on the consumer
 * group's dead-letter topic with the reason ({@link Parking}) and the channel moves on.
 * <li>unknown: tried a few times; if it still fails while the database answers, it is the event's fault and
 * it is parked; if the database does not answer, it is waited out like a transient fault.
 * </ul>
 * A replay from the dead-letter topic makes one attempt and reports its failure to the one who replayed.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Clock clock;
    private final Vertx vertx;
    private final Parking parking;
    private final ConsumerHealth health;
    private final DatabaseProbe database;
    private final Backoff backoff;
    private final int unknownAttempts;

    IdempotentConsumer(Clock clock, Vertx vertx, Parking parking, @Readiness ConsumerHealth health, DatabaseProbe database,
            @ConfigProperty(name = "forgeline.consumer.backoff.first", defaultValue = "200ms") Duration first,
            @ConfigProperty(name = "forgeline.consumer.backoff.cap", defaultValue = "15s") Duration cap,
            @ConfigProperty(name = "forgeline.consumer.unknown-failure-attempts", defaultValue = "5") int unknownAttempts) {
        this.clock = clock;
        this.vertx = vertx;
        this.parking = parking;
        this.health = health;
        this.database = database;
        this.backoff = new Backoff(first, cap);
        this.unknownAttempts = unknownAttempts;
    }

    /**
     * Applies {@code effect} to events of one CloudEvents type; other types on the same topic are
     * acknowledged and skipped, so producers can add event types without breaking this consumer.
     */
    public <T> Uni<Void> consume(ConsumerRecord<String, byte[]> record, String type, Parser<T> parser,
            Function<T, Uni<?>> effect) {
        return consume(record, event -> type.equals(event.type())
                ? effect.apply(event.payload(parser)).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    public Uni<Void> consume(ConsumerRecord<String, byte[]> record, Function<IncomingEvent, Uni<Void>> effect) {
        Supplier<Uni<Void>> once = () -> Uni.createFrom().deferred(() -> applyOnce(IncomingEvent.of(record), effect));
        if (record.headers().lastHeader(DeadLetterHeaders.REPLAY) != null) {
            return once.get();
        }
        return Uni.createFrom().emitter(settled -> new Attempts(record, once, settled).next());
    }

    private Uni<Void> applyOnce(IncomingEvent event, Function<IncomingEvent, Uni<Void>> effect) {
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(event.id())
                .flatMap(seen -> {
                    if (seen != null) {
                        LOG.debugf("skipping duplicate event %s", event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event)
                            .call(() -> new ProcessedEvent(event.id(), event.topic(), clock.instant()).persist());
                }));
    }

    /**
     * The attempts at one record, without nesting a new operator per retry: an outage of hours is a few
     * hundred timer callbacks, not a few hundred levels of subscription. Timers fire on the record's own
     * Vert.x context, where the next transaction needs to run.
     */
    private final class Attempts {

        private final ConsumerRecord<String, byte[]> record;
        private final Supplier<Uni<Void>> once;
        private final UniEmitter<? super Void> settled;
        /** The record's own (duplicated) context: every attempt's transaction runs there, whoever called back. */
        private final Context context = Vertx.currentContext();
        private int failures;
        private Instant firstFailure;

        Attempts(ConsumerRecord<String, byte[]> record, Supplier<Uni<Void>> once, UniEmitter<? super Void> settled) {
            this.record = record;
            this.once = once;
            this.settled = settled;
        }

        void next() {
            once.get().subscribe().with(done -> applied(), this::failed);
        }

        private void applied() {
            if (failures > 0) {
                health.applied(record.topic());
                LOG.infof("%s applied after %d failed attempts over %d s", where(), failures,
                        Duration.between(firstFailure, clock.instant()).toSeconds());
            }
            settled.complete(null);
        }

        private void failed(Throwable failure) {
            Fault fault = Faults.classify(failure);
            if (fault == Fault.PERMANENT) {
                park(failure);
            } else if (fault == Fault.UNKNOWN && failures + 1 >= unknownAttempts) {
                database.answers().subscribe().with(up -> {
                    if (up) {
                        park(failure);
                    } else {
                        retryLater(failure);
                    }
                }, probeFailed -> retryLater(failure));
            } else {
                retryLater(failure);
            }
        }

        private void retryLater(Throwable failure) {
            if (failures == 0) {
                firstFailure = clock.instant();
            }
            failures++;
            health.waiting(record.topic(), failures, failure);
            if (failures == 1 || failures % 20 == 0) {
                LOG.warnf("%s not applied yet (attempt %d): %s; trying again", where(), failures, failure.toString());
            }
            later(this::next);
        }

        private void later(Runnable attempt) {
            vertx.setTimer(backoff.delay(failures - 1).toMillis(), tick -> {
                if (context != null) {
                    context.runOnContext(v -> attempt.run());
                } else {
                    attempt.run();
                }
            });
        }

        private void park(Throwable failure) {
            LOG.errorf(failure, "%s can never be applied: parking it on the dead-letter topic", where());
            parking.park(record, failure).subscribe().with(parked -> {
                health.applied(record.topic());
                settled.complete(null);
            }, parkingFailed -> {
                // the broker is away: the record waits here, unacknowledged, until it can be parked
                failures++;
                health.waiting(record.topic(), failures, parkingFailed);
                later(() -> park(failure));
            });
        }

        private String where() {
            return "event " + record.topic() + "/" + record.partition() + "@" + record.offset();
        }
    }
}
