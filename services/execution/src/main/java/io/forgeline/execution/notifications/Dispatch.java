package io.forgeline.execution.notifications;

import io.forgeline.platform.faults.Backoff;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The dispatcher: claims due PENDING messages (FOR UPDATE SKIP LOCKED, so two execution replicas never take the same
 * one), commits the claim, sends, then records SENT or the failure. Delivery is at least once: a process that dies
 * after a send and before recording it sends again once the claim's back-off has passed.
 */
@ApplicationScoped
class Dispatch {

    private static final Logger LOG = Logger.getLogger(Dispatch.class);
    /** How many messages one round takes: a backlog drains over rounds without one long transaction. */
    private static final int BATCH = 20;

    /** What a send needs, copied out of the claiming transaction. */
    record Claimed(UUID id, Channel channel, String recipient, String secret, String subject, String body) {
    }

    private final Senders senders;
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration kept;

    Dispatch(Senders senders, Clock clock,
            @ConfigProperty(name = "forgeline.notifications.kept", defaultValue = "30d") Duration kept,
            @ConfigProperty(name = "forgeline.notifications.retry.first", defaultValue = "30s") Duration first,
            @ConfigProperty(name = "forgeline.notifications.retry.cap", defaultValue = "30m") Duration cap,
            @ConfigProperty(name = "forgeline.notifications.max-attempts", defaultValue = "8") int maxAttempts) {
        this.senders = senders;
        this.clock = clock;
        this.backoff = new Backoff(first, cap);
        this.maxAttempts = maxAttempts;
        this.kept = kept;
    }

    /** Sent and failed messages hold e-mail addresses (personal data): kept {@code forgeline.notifications.kept}, then deleted. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return Panache.withTransaction(() -> Notification.delete("status <> ?1 and createdAt < ?2", DeliveryStatus.PENDING,
                        clock.instant().minus(kept)))
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("purging old notifications failed, next hour again: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }

    @Scheduled(every = "${forgeline.notifications.dispatch-interval:5s}", delayed = "2s", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> round() {
        Context context = Vertx.currentContext();
        // the HTTP client answers on its own threads; the outcome is recorded back on this round's Vert.x context
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return Panache.withTransaction(this::claimDue)
                .onItem().transformToMulti(claimed -> Multi.createFrom().iterable(claimed))
                .onItem().transformToUniAndConcatenate(message -> senders.send(message)
                        .map(sent -> (String) null)
                        .onFailure().recoverWithItem(Dispatch::why)
                        .emitOn(back)
                        .flatMap(error -> record(message, error)))
                .collect().last()
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("notification round failed, next round again: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }

    private Uni<List<Claimed>> claimDue() {
        Instant now = clock.instant();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select * from notification where status = 'PENDING' and next_attempt_at <= :now"
                                + " order by next_attempt_at limit " + BATCH + " for update skip locked", Notification.class)
                .setParameter("now", now)
                .getResultList())
                .map(due -> due.stream().map(message -> {
                    message.claim(backoff, now);
                    return new Claimed(message.id(), message.channel(), message.recipient(), message.secret(),
                            message.subject(), message.body());
                }).toList());
    }

    private Uni<Void> record(Claimed message, String error) {
        return Panache.withTransaction(() -> Notification.<Notification>findById(message.id()).invoke(held -> {
            if (error == null) {
                held.sent(clock.instant());
            } else {
                held.failed(error, maxAttempts);
                LOG.infof("%s notification %s to %s failed (try %d of %d): %s", message.channel(), message.id(),
                        message.recipient(), held.attempts(), maxAttempts, error);
            }
        })).replaceWithVoid();
    }

    private static String why(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
