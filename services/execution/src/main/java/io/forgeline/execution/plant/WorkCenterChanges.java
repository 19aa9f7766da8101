package io.forgeline.execution.plant;

import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's work-center changes (a compacted topic: the latest state per work center). */
@ApplicationScoped
public class WorkCenterChanges {

    static final String CHANGED = "io.forgeline.scheduling.work-center.changed.v1";

    private final IdempotentConsumer consumer;
    private final PlantModel plant;

    WorkCenterChanges(IdempotentConsumer consumer, PlantModel plant) {
        this.consumer = consumer;
        this.plant = plant;
    }

    @Incoming("work-centers")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CHANGED, WorkCenterChanged.parser(), plant::apply);
    }
}
