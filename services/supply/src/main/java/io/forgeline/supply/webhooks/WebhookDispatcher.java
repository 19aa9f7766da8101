package io.forgeline.supply.webhooks;

import io.forgeline.platform.faults.Backoff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends queued webhook messages. Every replica claims due messages with {@code for update skip locked} and a lease
 * (a claimed message is due again after it, should this replica die mid-send), so a message goes to one replica at a
 * time and none is lost; a receiver may see one twice after a crash and drops it by its webhook-id. A failed message
 * is tried again after the next of {@code forgeline.supply.webhooks.retry-delays} (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h: more than a day in all), then given up (FAILED, still replayable). An endpoint whose deliveries have
 * failed without a success since longer than {@code disable-after} (5 days) is disabled, and says why.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Messages claimed and sent at once by one replica. */
    private static final int BATCH = 20;

    private final Pool pool;
    private final WebhookTargets targets;
    private final Clock clock;
    private final List<Duration> retryDelays;
    private final Duration disableAfter;
    private final Duration timeout;
    private final Duration lease;
    private final Duration pollInterval;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Backoff backoff;
    private Instant notBefore = Instant.MIN;
    private int failures;
    private WebClient http;
    private Vertx vertx;
    /** The same Vert.x, for resolving a target off the event loop. */
    private io.vertx.mutiny.core.Vertx blocking;
    private long timer;

    WebhookDispatcher(Pool pool, WebhookTargets targets, Clock clock,
            @ConfigProperty(name = "forgeline.supply.webhooks.retry-delays", defaultValue = "5s,5m,30m,2h,5h,10h,10h") List<Duration> retryDelays,
            @ConfigProperty(name = "forgeline.supply.webhooks.disable-after", defaultValue = "5d") Duration disableAfter,
            @ConfigProperty(name = "forgeline.supply.webhooks.timeout", defaultValue = "10s") Duration timeout,
            @ConfigProperty(name = "forgeline.supply.webhooks.poll-interval", defaultValue = "250ms") Duration pollInterval) {
        this.pool = pool;
        this.targets = targets;
        this.clock = clock;
        this.retryDelays = List.copyOf(retryDelays);
        this.disableAfter = disableAfter;
        this.timeout = timeout;
        this.lease = timeout.multipliedBy(3);
        this.pollInterval = pollInterval;
        this.backoff = new Backoff(pollInterval, Duration.ofSeconds(10));
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        this.vertx = vertx;
        this.blocking = io.vertx.mutiny.core.Vertx.newInstance(vertx);
        this.http = WebClient.create(blocking);
        timer = vertx.setPeriodic(pollInterval.toMillis(), tick -> tick());
    }

    /** One round; a full one is followed by the next at once, so a backlog drains at the receivers' pace, not the timer's. */
    private void tick() {
        if (clock.instant().isBefore(notBefore) || !busy.compareAndSet(false, true)) {
            return;
        }
        round().subscribe().with(sent -> {
            failures = 0;
            busy.set(false);
            if (sent == BATCH) {
                vertx.runOnContext(next -> tick());
            }
        }, failure -> {
            failures++;
            notBefore = clock.instant().plus(backoff.delay(failures - 1));
            if (failures == 1 || failures % 10 == 0) {
                LOG.warnf("webhook dispatcher paused (%d failed rounds): %s", failures, failure.toString());
            }
            busy.set(false);
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (vertx != null) {
            vertx.cancelTimer(timer);
        }
        if (http != null) {
            http.close();
        }
    }

    /** Claims what is due (committing the lease at once) and sends it, {@value #BATCH} at a time. */
    private Uni<Integer> round() {
        Instant now = clock.instant();
        return pool.preparedQuery("""
                        update webhook_delivery d set next_attempt_at = $1
                        from webhook_endpoint e
                        where d.endpoint_id = e.id and d.id in (
                            -- only messages of endpoints that take them: those waiting for a disabled or deleted
                            -- endpoint must not fill the batch and starve everyone else's
                            select w.id from webhook_delivery w join webhook_endpoint we on we.id = w.endpoint_id
                            where w.status = 'PENDING' and w.next_attempt_at <= $2 and we.status = 'ACTIVE' and we.deleted_at is null
                            order by w.next_attempt_at limit $3 for update of w skip locked)
                        returning d.id, d.message_id, d.endpoint_id, d.payload, d.attempts, e.url, e.secret, e.previous_secret,
                                  e.previous_secret_until""")
                .execute(Tuple.of(utc(now.plus(lease)), utc(now), BATCH))
                .flatMap(rows -> Multi.createFrom().iterable(rows).onItem().transformToUniAndMerge(this::send)
                        .collect().asList().map(List::size));
    }

    private Uni<Void> send(Row row) {
        UUID delivery = row.getUUID("id");
        String messageId = row.getString("message_id");
        String payload = row.getString("payload");
        Instant now = clock.instant();
        OffsetDateTime previousUntil = row.getOffsetDateTime("previous_secret_until");
        String previous = previousUntil != null && previousUntil.toInstant().isAfter(now) ? row.getString("previous_secret") : null;
        long timestamp = now.getEpochSecond();
        String url = row.getString("url");
        long started = System.nanoTime();
        return blocking.executeBlocking(() -> targets.check("url", url))
                .flatMap(target -> http.postAbs(url)
                        .putHeader("content-type", "application/json")
                        .putHeader("webhook-id", messageId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", Signatures.header(messageId, timestamp, payload, row.getString("secret"), previous))
                        .timeout(timeout.toMillis())
                        .followRedirects(false)
                        .sendBuffer(Buffer.buffer(payload)))
                .map(response -> new Outcome(response.statusCode(), null))
                .onFailure().recoverWithItem(failure -> new Outcome(null, failure.getMessage() == null ? failure.toString() : failure.getMessage()))
                .flatMap(outcome -> record(delivery, row.getUUID("endpoint_id"), row.getInteger("attempts") + 1, outcome,
                        (int) Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    /** What the receiver answered ({@code status}), or why nothing came back ({@code failure}). */
    private record Outcome(Integer status, String failure) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String error() {
            return failure != null ? failure : delivered() ? null : "the receiver answered " + status;
        }
    }

    /** The attempt, the message's next state and the endpoint's failure streak, in one transaction. */
    private Uni<Void> record(UUID delivery, UUID endpoint, int attempts, Outcome outcome, int latencyMs) {
        Instant now = clock.instant();
        return pool.withTransaction(connection -> connection.preparedQuery(
                        "insert into webhook_attempt (delivery_id, attempted_at, status_code, latency_ms, error) values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(delivery, utc(now), outcome.status(), latencyMs, outcome.error()))
                .flatMap(inserted -> outcome.delivered()
                        ? connection.preparedQuery("""
                                update webhook_delivery set status = 'DELIVERED', attempts = $2, delivered_at = $3, next_attempt_at = null,
                                    last_status_code = $4, last_error = null where id = $1""")
                        .execute(Tuple.of(delivery, attempts, utc(now), outcome.status()))
                        .flatMap(done -> connection.preparedQuery("update webhook_endpoint set failing_since = null where id = $1")
                                .execute(Tuple.of(endpoint)))
                        : failed(connection, delivery, endpoint, attempts, outcome, now))
                .replaceWithVoid());
    }

    private Uni<?> failed(io.vertx.mutiny.sqlclient.SqlConnection connection, UUID delivery, UUID endpoint, int attempts, Outcome outcome,
            Instant now) {
        boolean spent = attempts > retryDelays.size();
        Instant next = spent ? null : now.plus(retryDelays.get(attempts - 1));
        return connection.preparedQuery("""
                        update webhook_delivery set status = $2, attempts = $3, next_attempt_at = $4, last_status_code = $5, last_error = $6
                        where id = $1""")
                .execute(Tuple.from(new Object[] {delivery, spent ? "FAILED" : "PENDING", attempts, next == null ? null : utc(next),
                        outcome.status(), outcome.error()}))
                .flatMap(done -> connection.preparedQuery("""
                                update webhook_endpoint set failing_since = coalesce(failing_since, $2),
                                    status = case when coalesce(failing_since, $2) <= $3 then 'DISABLED' else status end,
                                    disabled_at = case when coalesce(failing_since, $2) <= $3 and status = 'ACTIVE' then $2 else disabled_at end,
                                    disabled_reason = case when coalesce(failing_since, $2) <= $3 and status = 'ACTIVE'
                                        then 'no delivery succeeded since ' || to_char(coalesce(failing_since, $2) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                                             || '; enable it again once the receiver works'
                                        else disabled_reason end
                                where id = $1""")
                        .execute(Tuple.of(endpoint, utc(now), utc(now.minus(disableAfter)))));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
