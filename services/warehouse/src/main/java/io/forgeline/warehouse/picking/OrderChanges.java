package io.forgeline.warehouse.picking;

import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to scheduling: a released order's components become a demand, a published schedule says when its first
 * operation starts (and so by when they must be staged), a cancelled order frees what was reserved for it.
 */
@ApplicationScoped
public class OrderChanges {

    static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";
    static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";
    static final String PUBLISHED = "io.forgeline.scheduling.machine-schedule.published.v1";

    private final IdempotentConsumer consumer;
    private final Picking picking;

    OrderChanges(IdempotentConsumer consumer, Picking picking) {
        this.consumer = consumer;
        this.picking = picking;
    }

    @Incoming("production-orders")
    public Uni<Void> onOrder(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case RELEASED -> picking.released(demand(event.payload(ProductionOrderReleased.parser())));
            case CANCELLED -> picking.cancelled(UUID.fromString(event.payload(ProductionOrderCancelled.parser()).getOrderId()));
            default -> Uni.createFrom().voidItem();
        });
    }

    @Incoming("schedules")
    public Uni<Void> onSchedule(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, PUBLISHED, MachineSchedulePublished.parser(), schedule -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ScheduledOperation operation : schedule.getOperationsList()) {
                Instant start = Instant.parse(operation.getSetupStart().isEmpty() ? operation.getStart() : operation.getSetupStart());
                chain = chain.call(() -> picking.scheduled(UUID.fromString(operation.getOrderId()), operation.getOperationSequence(), start));
            }
            return chain;
        });
    }

    /** The components of the whole order, staged for its first operation. */
    private static MaterialDemand demand(ProductionOrderReleased order) {
        PlannedOperation first = order.getOperationsList().stream().min(Comparator.comparingInt(PlannedOperation::getSequence))
                .orElseThrow(() -> new PoisonEvent("released order " + order.getOrderNumber() + " has no operations"));
        return MaterialDemand.released(UUID.fromString(order.getOrderId()), order.getOrderNumber(), first.getSequence(), first.getWorkCenterCode(),
                order.getMaterialsList().stream()
                        .map(m -> new MaterialDemand.Material(m.getItemCode(), new BigDecimal(m.getRequired().getAmount()), m.getRequired().getUnit()))
                        .toList());
    }
}
