package io.forgeline.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What waits in the outbox, as metrics: {@code forgeline_outbox_pending} (events not yet published) and
 * {@code forgeline_outbox_oldest_age_seconds} (how long the oldest of them has waited). A backlog that
 * grows while the broker answers means the relay is stuck; one that grows while it does not is expected.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final Pool pool;
    private final Clock clock;
    private volatile long pending;
    private volatile double oldestAgeSeconds;

    OutboxBacklog(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("forgeline.outbox.pending", this, backlog -> backlog.pending)
                .description("outbox events not yet published to Kafka").register(registry);
        Gauge.builder("forgeline.outbox.oldest.age", this, backlog -> backlog.oldestAgeSeconds).baseUnit("seconds")
                .description("how long the oldest unpublished outbox event has waited").register(registry);
    }

    @Scheduled(every = "${forgeline.outbox.backlog-interval:5s}", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> measure() {
        return pool.query("select count(*) as pending, min(ce_time) as oldest from outbox_event where published_at is null")
                .execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    pending = row.getLong("pending");
                    OffsetDateTime oldest = row.getOffsetDateTime("oldest");
                    oldestAgeSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
                })
                .replaceWithVoid()
                // the database is away: the last figures stand until it is back
                .onFailure().recoverWithNull();
    }

    public long pending() {
        return pending;
    }
}
