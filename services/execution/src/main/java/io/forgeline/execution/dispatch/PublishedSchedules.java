package io.forgeline.execution.dispatch;

import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to published schedules: one event per machine, with that machine's operations in run order. */
@ApplicationScoped
public class PublishedSchedules {

    static final String PUBLISHED = "io.forgeline.scheduling.machine-schedule.published.v1";

    private final IdempotentConsumer consumer;
    private final DispatchLists dispatch;

    PublishedSchedules(IdempotentConsumer consumer, DispatchLists dispatch) {
        this.consumer = consumer;
        this.dispatch = dispatch;
    }

    @Incoming("schedules")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, PUBLISHED, MachineSchedulePublished.parser(), dispatch::plan);
    }
}
