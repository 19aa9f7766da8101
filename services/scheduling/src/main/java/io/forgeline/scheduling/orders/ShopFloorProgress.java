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

/**
 * Execution's operation progress moves orders to IN_PROGRESS and COMPLETED, and tells rescheduling what started
 * where. A cancelled order stays cancelled: the floor may report work it began before it heard of the cancellation.
 */
@ApplicationScoped
public class ShopFloorProgress {

    static final String STARTED = "io.forgeline.execution.operation.started.v1";
    static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";

    private final IdempotentConsumer consumer;

    ShopFloorProgress(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("operation-progress")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case STARTED -> {
                OperationStarted started = event.payload(OperationStarted.parser());
                yield reported(UUID.fromString(started.getOrderId()), started.getOperationSequence(), started.getMachineCode(),
                        Instant.parse(started.getStartedAt()), null, false, operator(started.getStartedBy()));
            }
            case COMPLETED -> {
                OperationCompleted completed = event.payload(OperationCompleted.parser());
                yield reported(UUID.fromString(completed.getOrderId()), completed.getOperationSequence(), completed.getMachineCode(),
                        Instant.parse(completed.getCompletedAt()), Instant.parse(completed.getCompletedAt()),
                        completed.getOrderCompleted(), operator(completed.getCompletedBy()));
            }
            default -> Uni.createFrom().voidItem();
        });
    }

    /**
     * Records what the floor reported for one operation (started, and completed when {@code completedAt} is
     * given) and moves the order: IN_PROGRESS from its first operation on, COMPLETED with its last.
     */
    private static Uni<Void> reported(UUID orderId, int sequence, String machineCode, Instant at, Instant completedAt,
            boolean orderDone, Actor actor) {
        return ProductionOrder.<ProductionOrder>findById(orderId).call(order -> {
            if (order == null) {
                return Uni.createFrom().voidItem(); // not ours (another plant's order): nothing to track
            }
            return progress(orderId, sequence).call(p -> {
                p.machineCode = machineCode == null || machineCode.isBlank() ? p.machineCode : machineCode;
                p.startedAt = p.startedAt == null ? at : p.startedAt;
                p.completedAt = completedAt == null ? p.completedAt : completedAt;
                return p.persist();
            }).call(() -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                Optional<OrderStatus> started = order.start();
                if (started.isPresent()) {
                    chain = chain.call(() -> OrderAudit.of(order, "started", started.get(), actor, at).persist());
                }
                if (orderDone) {
                    chain = chain.call(() -> order.complete()
                            .map(from -> OrderAudit.of(order, "completed", from, actor, at).persist().replaceWithVoid())
                            .orElse(Uni.createFrom().voidItem()));
                }
                return chain;
            });
        }).replaceWithVoid();
    }

    private static Uni<OperationProgress> progress(UUID orderId, int sequence) {
        OperationProgress.Key key = new OperationProgress.Key(orderId, sequence);
        return OperationProgress.<OperationProgress>findById(key).map(found -> {
            if (found != null) {
                return found;
            }
            OperationProgress p = new OperationProgress();
            p.key = key;
            return p;
        });
    }

    /** The audit trail names the operator who reported it on the floor. */
    private static Actor operator(String name) {
        return new Actor(name, name, Set.of(), Optional.empty());
    }
}
