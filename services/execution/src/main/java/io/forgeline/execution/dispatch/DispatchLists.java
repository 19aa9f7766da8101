package io.forgeline.execution.dispatch;

import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DispatchLists {

    /**
     * Queues every operation of a released order at its work center. Runs inside the consumer's
     * transaction; the unique (order, operation) key backs up the consumer's duplicate check.
     */
    public Uni<Void> enqueue(ProductionOrderReleased order) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PlannedOperation operation : order.getOperationsList()) {
            chain = chain.call(() -> entry(order, operation).persist());
        }
        return chain;
    }

    /** Open work at a work center, most urgent first. */
    public Uni<List<DispatchEntry>> openAt(String workCenterCode) {
        return Panache.withSession(() -> DispatchEntry.<DispatchEntry>list("workCenterCode = ?1 and status <> ?2",
                Sort.ascending("dueDate", "orderNumber", "operationSequence"), workCenterCode, OperationStatus.DONE));
    }

    private static DispatchEntry entry(ProductionOrderReleased order, PlannedOperation operation) {
        DispatchEntry entry = new DispatchEntry();
        entry.id = UUID.randomUUID();
        entry.orderId = UUID.fromString(order.getOrderId());
        entry.orderNumber = order.getOrderNumber();
        entry.itemCode = order.getItemCode();
        entry.quantity = new BigDecimal(order.getQuantity().getAmount());
        entry.unit = order.getQuantity().getUnit();
        entry.dueDate = Instant.parse(order.getDueDate());
        entry.operationSequence = operation.getSequence();
        entry.workCenterCode = operation.getWorkCenterCode();
        entry.description = operation.getDescription();
        entry.setupMinutes = operation.getSetupMinutes();
        entry.runMinutes = new BigDecimal(operation.getRunMinutes());
        entry.status = OperationStatus.QUEUED;
        entry.releasedAt = Instant.parse(order.getReleasedAt());
        return entry;
    }
}
