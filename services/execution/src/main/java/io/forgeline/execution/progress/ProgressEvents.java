package io.forgeline.execution.progress;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.execution.dispatch.DispatchEntry;
import java.time.Instant;
import java.util.UUID;

/** Maps operator actions to api-contracts event messages. */
final class ProgressEvents {

    static final String TOPIC = "execution.operation-progress.v1";
    static final String STARTED = "io.forgeline.execution.operation.started.v1";
    static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";
    static final String OUTPUT_TOPIC = "execution.production-output.v1";
    static final String OUTPUT_REPORTED = "io.forgeline.execution.production-output-reported.v1";

    private ProgressEvents() {
    }

    static OperationStarted started(DispatchEntry entry, String actor, Instant at) {
        return OperationStarted.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(entry.machineCode() == null ? "" : entry.machineCode())
                .setStartedAt(at.toString())
                .setStartedBy(actor)
                .build();
    }

    /** The finished lot of an order's last operation: its good quantity, received by warehouse once per output id. */
    static ProductionOutputReported output(DispatchEntry entry) {
        return ProductionOutputReported.newBuilder()
                .setOutputId(UUID.randomUUID().toString())
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setItemCode(entry.itemCode())
                .setLot(entry.outputLot())
                .setQuantity(Quantity.newBuilder().setAmount(entry.goodQuantity().stripTrailingZeros().toPlainString()).setUnit(entry.unit()))
                .setReportedAt(entry.completedAt().toString())
                .setReportedBy(entry.completedBy())
                .build();
    }

    static OperationCompleted completed(DispatchEntry entry, boolean orderCompleted) {
        return OperationCompleted.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(entry.machineCode() == null ? "" : entry.machineCode())
                .setCompletedAt(entry.completedAt().toString())
                .setCompletedBy(entry.completedBy())
                .setGoodQuantity(Quantity.newBuilder()
                        .setAmount(entry.goodQuantity().stripTrailingZeros().toPlainString()).setUnit(entry.unit()))
                .setOrderCompleted(orderCompleted)
                .setItemCode(entry.itemCode())
                .build();
    }
}
