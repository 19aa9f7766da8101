package io.forgeline.platform.retention;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Purges the platform's bookkeeping by age, once an hour. */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final Pool pool;
    private final Clock clock;
    private final Duration published;
    private final Duration appliedEvents;
    private final Duration idempotencyKeys;
    private final Duration topics;

    Retention(Pool pool, Clock clock,
            @ConfigProperty(name = "forgeline.retention.published-outbox", defaultValue = "7d") Duration published,
            @ConfigProperty(name = "forgeline.retention.applied-events", defaultValue = "14d") Duration appliedEvents,
            @ConfigProperty(name = "forgeline.retention.idempotency-keys", defaultValue = "14d") Duration idempotencyKeys,
            @ConfigProperty(name = "forgeline.kafka.topic-retention", defaultValue = "7d") Duration topics) {
        this.pool = pool;
        this.clock = clock;
        this.published = published;
        this.appliedEvents = appliedEvents;
        this.idempotencyKeys = idempotencyKeys;
        this.topics = topics;
    }

    /**
     * A redelivered event whose ce_id was already purged would be applied a second time, and a client
     * retrying with a forgotten Idempotency-Key would create twice: both must outlive the topics.
     */
    void check(@Observes StartupEvent started) {
        requireLonger("forgeline.retention.applied-events", appliedEvents);
        requireLonger("forgeline.retention.idempotency-keys", idempotencyKeys);
    }

    private void requireLonger(String property, Duration kept) {
        if (kept.compareTo(topics) <= 0) {
            throw new IllegalStateException(property + " (" + kept + ") must be longer than the topics' retention, "
                    + "forgeline.kafka.topic-retention (" + topics + "): a redelivered event or retried request would be applied twice");
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return purge("delete from outbox_event where published_at < $1", published)
                .call(() -> purge("delete from processed_event where processed_at < $1", appliedEvents))
                .call(() -> purge("delete from idempotency_record where created_at < $1", idempotencyKeys))
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("purging old platform records failed, next hour again: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }

    /** @return rows removed */
    Uni<Integer> purge(String delete, Duration age) {
        return pool.preparedQuery(delete).execute(Tuple.of(OffsetDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }
}
