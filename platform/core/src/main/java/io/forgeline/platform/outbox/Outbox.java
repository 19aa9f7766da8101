package io.forgeline.platform.outbox;

import com.google.protobuf.MessageLite;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends events to the outbox table inside the caller's transaction. Call it from a method that
 * already runs in {@code @WithTransaction} (or {@code Panache.withTransaction}): if that transaction
 * rolls back, the event was never written.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final OpenTelemetry telemetry;
    private final String source;

    Outbox(Clock clock, OpenTelemetry telemetry, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.clock = clock;
        this.telemetry = telemetry;
        this.source = "/forgeline/" + service;
    }

    /**
     * @param topic `context.aggregate.vN`
     * @param key   the aggregate id: all events of one aggregate land in one partition, in order
     * @param type  the CloudEvents type, e.g. {@code io.forgeline.scheduling.production-order.released.v1}
     */
    public Uni<OutboxEvent> append(String topic, String key, String type, MessageLite payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.key = key;
        event.type = type;
        event.source = source;
        event.time = clock.instant();
        event.traceparent = currentTraceparent();
        event.payload = payload.toByteArray();
        return event.persist();
    }

    /** The trace the change belongs to, so the consumer's span joins it even though the relay sends later. */
    private String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
