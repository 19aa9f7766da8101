package io.forgeline.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.forgeline.platform.faults.Backoff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes unpublished outbox rows in the order they were written.
 *
 * <p>One relay per service is active at a time, whatever the number of replicas: the one holding the
 * service's PostgreSQL advisory lock, on a connection it keeps for as long as it leads. If that replica
 * dies, its connection and the lock go with it and another replica takes over within seconds. A single
 * relay sending one row after the other is what keeps the events of one aggregate in commit order.
 *
 * <p>No row is locked while sending: rows are read, sent, then marked. When the broker is away a send
 * fails within the producer's delivery timeout and the relay waits, longer each time up to a cap, before
 * it tries again. A crash between sending and marking sends those rows again on the next round; consumers
 * recognise their {@code ce_id}s and apply nothing twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Any constant works: advisory locks live per database, and each service has its own. */
    private static final long RELAY_LOCK = 0x0f0b_0c5L;
    /** How often a replica that does not lead asks whether the leader is gone. */
    private static final Duration FOLLOWER_CHECK = Duration.ofSeconds(2);

    private final Pool pool;
    private final MutinyEmitter<byte[]> kafka;
    private final Clock clock;
    private final int batchSize;
    private final Duration pollInterval;
    private final Backoff backoff;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile SqlConnection leader;
    private Instant notBefore = Instant.MIN;
    private int failures;
    private Vertx vertx;
    private long timer;

    OutboxRelay(Pool pool, @Channel("outbox") MutinyEmitter<byte[]> kafka, Clock clock,
            @ConfigProperty(name = "forgeline.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "forgeline.outbox.poll-interval", defaultValue = "250ms") Duration pollInterval,
            @ConfigProperty(name = "forgeline.outbox.backoff.cap", defaultValue = "10s") Duration backoffCap) {
        this.pool = pool;
        this.kafka = kafka;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.backoff = new Backoff(pollInterval, backoffCap);
    }

    /**
     * Polls on a Vert.x timer rather than the scheduler: events should leave within a quarter of a second,
     * and the scheduler's interval floor is one second. Starts once the channels are connected.
     */
    void start(@Observes StartupEvent started, Vertx vertx) {
        this.vertx = vertx;
        timer = vertx.setPeriodic(pollInterval.toMillis(), tick -> {
            if (clock.instant().isBefore(notBefore) || !busy.compareAndSet(false, true)) {
                return;
            }
            round().subscribe().with(sent -> {
                if (failures > 0) {
                    LOG.infof("outbox relay publishing again after %d failed rounds", failures);
                }
                failures = 0;
                busy.set(false);
            }, this::failed);
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (vertx != null) {
            vertx.cancelTimer(timer);
        }
        SqlConnection leading = leader;
        if (leading != null) {
            leading.closeAndForget();
        }
    }

    /** Whether this replica relays now. */
    public boolean leads() {
        return leader != null;
    }

    private void failed(Throwable failure) {
        failures++;
        Duration wait = backoff.delay(failures - 1);
        notBefore = clock.instant().plus(wait);
        if (failures == 1 || failures % 10 == 0) {
            LOG.warnf("outbox relay paused for %d ms (%d failed rounds): %s", wait.toMillis(), failures, failure.toString());
        }
        busy.set(false);
    }

    /** @return how many events went out */
    private Uni<Integer> round() {
        return lead().flatMap(connection -> connection == null ? Uni.createFrom().item(0) : publishPending(connection));
    }

    private Uni<SqlConnection> lead() {
        SqlConnection leading = leader;
        if (leading != null) {
            return Uni.createFrom().item(leading);
        }
        notBefore = clock.instant().plus(FOLLOWER_CHECK);   // the next try for the lead, unless we get it now
        return pool.getConnection().flatMap(connection -> connection
                .preparedQuery("select pg_try_advisory_lock($1) as granted").execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean("granted"))
                .onFailure().call(failure -> connection.close())
                .flatMap(granted -> {
                    if (!granted) {
                        return connection.close().replaceWith((SqlConnection) null);
                    }
                    LOG.info("this replica relays the outbox now");
                    connection.closeHandler(() -> {
                        LOG.warn("the outbox relay lost its database connection and with it the lead");
                        leader = null;
                    });
                    leader = connection;
                    notBefore = Instant.MIN;
                    return Uni.createFrom().item(connection);
                }));
    }

    private Uni<Integer> publishPending(SqlConnection connection) {
        return connection.preparedQuery("select id, topic, record_key, ce_type, ce_source, ce_time, traceparent, payload"
                        + " from outbox_event where published_at is null order by position limit $1")
                .execute(Tuple.of(batchSize))
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<UUID> sent = new ArrayList<>();
                    // one at a time: a later event of an aggregate must not overtake an earlier one
                    return Multi.createFrom().iterable(pending)
                            .onItem().transformToUniAndConcatenate(row -> send(row).invoke(sent::add))
                            .collect().last()
                            // what went out before a failure is marked, so it is not sent again
                            .onFailure().call(failure -> markPublished(connection, sent))
                            .flatMap(last -> markPublished(connection, sent));
                });
    }

    private Uni<UUID> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, row.getUUID("id").toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, row.getString("ce_type").getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, row.getString("ce_source").getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, row.getOffsetDateTime("ce_time").toInstant().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.PROTOBUF.getBytes(UTF_8));
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            headers.add(CloudEventHeaders.TRACEPARENT, traceparent.getBytes(UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .withHeaders(headers)
                .build();
        byte[] payload = row.getBuffer("payload").getBytes();
        return kafka.sendMessage(Message.of(payload).addMetadata(metadata)).replaceWith(row.getUUID("id"));
    }

    private static Uni<Integer> markPublished(SqlConnection connection, List<UUID> sent) {
        if (sent.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery("update outbox_event set published_at = $1 where id = any($2)")
                .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC), sent.toArray(UUID[]::new)))
                .replaceWith(sent.size());
    }
}
