package io.forgeline.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
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
 * Publishes unpublished outbox rows in commit order. Rows are locked with SKIP LOCKED, so several
 * replicas of a service can relay side by side without sending a row twice in normal operation.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Pool pool;
    private final MutinyEmitter<byte[]> kafka;
    private final int batchSize;
    private final Duration pollInterval;
    private final AtomicBoolean busy = new AtomicBoolean();
    private Vertx vertx;
    private long timer;

    OutboxRelay(Pool pool, @Channel("outbox") MutinyEmitter<byte[]> kafka,
            @ConfigProperty(name = "forgeline.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "forgeline.outbox.poll-interval", defaultValue = "250ms") Duration pollInterval) {
        this.pool = pool;
        this.kafka = kafka;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    /**
     * Polls on a Vert.x timer rather than the scheduler: events should leave within a quarter of a second,
     * and the scheduler's interval floor is one second. Starts once the channels are connected.
     */
    void start(@Observes StartupEvent started, Vertx vertx) {
        timer = vertx.setPeriodic(pollInterval.toMillis(), tick -> {
            if (busy.compareAndSet(false, true)) {
                publishPending().subscribe().with(
                        sent -> busy.set(false),
                        failure -> {
                            busy.set(false);
                            LOG.warnf("outbox relay paused: %s", failure.getMessage());
                        });
            }
        });
        this.vertx = vertx;
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (vertx != null) {
            vertx.cancelTimer(timer);
        }
    }

    /** @return how many events went out */
    public Uni<Integer> publishPending() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select id, topic, record_key, ce_type, ce_source, ce_time, traceparent, payload"
                        + " from outbox_event where published_at is null order by ce_time, id limit $1 for update skip locked")
                .execute(Tuple.of(batchSize))
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    // one at a time: a later event of an aggregate must not overtake an earlier one
                    return Multi.createFrom().iterable(pending)
                            .onItem().transformToUniAndConcatenate(this::send)
                            .collect().asList()
                            .flatMap(sent -> markPublished(connection, sent));
                }));
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
        return connection.preparedQuery("update outbox_event set published_at = $1 where id = any($2)")
                .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC), sent.toArray(UUID[]::new)))
                .replaceWith(sent.size());
    }

    /** Published rows are kept a week for diagnosis, then dropped so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.query("delete from outbox_event where published_at < now() - interval '7 days'")
                .execute().replaceWithVoid();
    }
}
