package io.forgeline.platform.inbox;

import com.google.protobuf.Parser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies an event's effect exactly once per {@code ce_id}. Use it from an {@code @Incoming} method that
 * takes the {@link ConsumerRecord} and returns this Uni; the connector acknowledges only after it completes.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Clock clock;
    private final int retries;

    IdempotentConsumer(Clock clock, @ConfigProperty(name = "forgeline.consumer.retries", defaultValue = "3") int retries) {
        this.clock = clock;
        this.retries = retries;
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
        IncomingEvent event = IncomingEvent.of(record);
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(event.id())
                        .flatMap(seen -> {
                            if (seen != null) {
                                LOG.debugf("skipping duplicate event %s", event.id());
                                return Uni.createFrom().voidItem();
                            }
                            return effect.apply(event)
                                    .call(() -> new ProcessedEvent(event.id(), event.topic(), clock.instant()).persist());
                        }))
                .onFailure(failure -> !(failure instanceof PoisonEvent))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(retries)
                .onFailure().invoke(failure -> LOG.errorf(failure, "event %s (%s) failed, parking it on the dead-letter topic",
                        event.id(), event.type()));
    }
}
