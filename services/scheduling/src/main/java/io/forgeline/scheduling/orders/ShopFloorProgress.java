package io.forgeline.scheduling.orders;

import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Execution's operation progress moves orders to IN_PROGRESS and COMPLETED, and tells rescheduling what started. */
@ApplicationScoped
public class ShopFloorProgress {

    static final String STARTED = "io.forgeline.execution.operation.started.v1";
    static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";

    private final IdempotentConsumer consumer;
    private final ProductionOrderService orders;

    ShopFloorProgress(IdempotentConsumer consumer, ProductionOrderService orders) {
        this.consumer = consumer;
        this.orders = orders;
    }

    @Incoming("operation-progress")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case STARTED -> {
                OperationStarted started = event.payload(OperationStarted.parser());
                yield orders.operationStarted(UUID.fromString(started.getOrderId()), started.getOperationSequence(),
                        started.getMachineCode(), Instant.parse(started.getStartedAt()), operator(started.getStartedBy()));
            }
            case COMPLETED -> {
                OperationCompleted completed = event.payload(OperationCompleted.parser());
                yield orders.operationCompleted(UUID.fromString(completed.getOrderId()), completed.getOperationSequence(),
                        completed.getMachineCode(), Instant.parse(completed.getCompletedAt()), completed.getOrderCompleted(),
                        operator(completed.getCompletedBy()));
            }
            default -> Uni.createFrom().voidItem();
        });
    }

    /** The audit trail names the operator who reported it on the floor. */
    private static Actor operator(String name) {
        return new Actor(name, name, Set.of(), Optional.empty());
    }
}
