package io.forgeline.scheduling.orders;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ComponentNeed;
import io.forgeline.contracts.scheduling.v1.MaterialRequirement;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps order changes to api-contracts event messages. */
final class OrderEvents {

    static final String ORDERS_TOPIC = "scheduling.production-orders.v1";
    static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";
    static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";
    static final String REQUISITIONS_TOPIC = "scheduling.purchase-requisitions.v1";
    static final String REQUISITION_RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";

    private OrderEvents() {
    }

    /** The operations as the plan's routing has them, each with the components it consumes (fixed from now on). */
    static ProductionOrderReleased released(ProductionOrder order, ReleasePlan plan, String actor, Instant at) {
        ProductionOrderReleased.Builder event = ProductionOrderReleased.newBuilder()
                .setOrderId(order.id().toString())
                .setOrderNumber(order.number())
                .setItemCode(order.itemCode())
                .setQuantity(quantity(order.quantity(), order.unit()))
                .setDueDate(order.dueDate().toString())
                .setReleasedBy(actor)
                .setReleasedAt(at.toString());
        Map<Integer, List<MaterialExplosion.Requirement>> consumption = plan.consumption();
        for (RoutingOperation operation : plan.routing()) {
            PlannedOperation.Builder planned = PlannedOperation.newBuilder()
                    .setSequence(operation.sequence())
                    .setWorkCenterCode(operation.workCenterCode)
                    .setDescription(operation.description)
                    .setSetupMinutes(operation.setupMinutes)
                    .setRunMinutes(operation.runMinutesPerUnit.multiply(order.quantity()).stripTrailingZeros().toPlainString());
            for (MaterialExplosion.Requirement need : consumption.get(operation.sequence())) {
                planned.addComponents(ComponentNeed.newBuilder()
                        .setItemCode(need.component().code)
                        .setQuantity(quantity(need.quantity().amount(), need.quantity().unit())));
            }
            event.addOperations(planned);
        }
        for (MaterialLine line : order.materials()) {
            MaterialRequirement.Builder material = MaterialRequirement.newBuilder()
                    .setItemCode(line.itemCode())
                    .setRequired(quantity(line.required(), line.unit()))
                    .setPurchased(line.purchased());
            if (line.available() != null) {
                material.setAvailable(quantity(line.available(), line.unit()));
            }
            event.addMaterials(material);
        }
        return event.build();
    }

    static ProductionOrderCancelled cancelled(ProductionOrder order, OrderStatus from, String actor, Instant at) {
        return ProductionOrderCancelled.newBuilder()
                .setOrderId(order.id().toString())
                .setOrderNumber(order.number())
                .setItemCode(order.itemCode())
                .setPreviousStatus(from.name())
                .setCancelledBy(actor)
                .setCancelledAt(at.toString())
                .build();
    }

    static PurchaseRequisitionRaised requisition(ProductionOrder order, MaterialLine line, Item item) {
        return PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(line.itemCode())
                .setQuantity(quantity(line.shortage().amount(), line.unit()))
                .setNeedDate(order.dueDate().toString())
                .setProductionOrderNumber(order.number())
                .setSupplierCode(item.supplierCode)
                .build();
    }

    private static Quantity quantity(BigDecimal amount, String unit) {
        return Quantity.newBuilder().setAmount(amount.stripTrailingZeros().toPlainString()).setUnit(unit).build();
    }
}
