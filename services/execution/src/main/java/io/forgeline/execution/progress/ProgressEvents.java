package io.forgeline.execution.progress;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationPaused;
import io.forgeline.contracts.execution.v1.OperationResumed;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.execution.v1.QuantityReported;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.terminal.Acting;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maps operator actions to api-contracts event messages. */
final class ProgressEvents {

    static final String TOPIC = "execution.operation-progress.v1";
    static final String STARTED = "io.forgeline.execution.operation.started.v1";
    static final String PAUSED = "io.forgeline.execution.operation.paused.v1";
    static final String RESUMED = "io.forgeline.execution.operation.resumed.v1";
    static final String QUANTITY_REPORTED = "io.forgeline.execution.quantity-reported.v1";
    static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";
    static final String OUTPUT_TOPIC = "execution.production-output.v1";
    static final String OUTPUT_REPORTED = "io.forgeline.execution.production-output-reported.v1";

    private ProgressEvents() {
    }

    static OperationStarted started(DispatchEntry entry, Acting who, Instant at) {
        return OperationStarted.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(machineOf(entry))
                .setStartedAt(at.toString())
                .setStartedBy(who.name())
                .setTerminal(who.terminalOrEmpty())
                .build();
    }

    static OperationPaused paused(DispatchEntry entry, Acting who, Instant at) {
        return OperationPaused.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(machineOf(entry))
                .setReasonCode(entry.pauseReasonCode())
                .setPausedAt(at.toString())
                .setPausedBy(who.name())
                .setTerminal(who.terminalOrEmpty())
                .build();
    }

    static OperationResumed resumed(DispatchEntry entry, Acting who, Instant at) {
        return OperationResumed.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(machineOf(entry))
                .setResumedAt(at.toString())
                .setResumedBy(who.name())
                .setTerminal(who.terminalOrEmpty())
                .build();
    }

    /** One report's own pieces (an increment), with the reasons for its scrap and rework. */
    static QuantityReported reported(DispatchEntry entry, QuantityReport report) {
        return QuantityReported.newBuilder()
                .setReportId(report.id().toString())
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(machineOf(entry))
                .setItemCode(entry.itemCode())
                .setGoodQuantity(quantity(report.pieces().good(), entry))
                .setScrapQuantity(quantity(report.pieces().scrap(), entry))
                .setScrapReasonCode(orEmpty(report.scrapReasonCode()))
                .setReworkQuantity(quantity(report.pieces().rework(), entry))
                .setReworkReasonCode(orEmpty(report.reworkReasonCode()))
                .setCompletesOperation(report.completesOperation())
                .setReportedAt(report.reportedAt().toString())
                .setReportedBy(report.reportedBy())
                .setTerminal(orEmpty(report.terminal()))
                .build();
    }

    /**
     * The finished lot of an order's last operation: its good quantity (and, for a serialised item, each piece's serial),
     * received by warehouse once per output id.
     */
    static ProductionOutputReported output(DispatchEntry entry, List<String> serials) {
        return ProductionOutputReported.newBuilder()
                .setOutputId(UUID.randomUUID().toString())
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setItemCode(entry.itemCode())
                .setLot(entry.outputLot())
                .setQuantity(quantity(entry.goodQuantity(), entry))
                .addAllSerialNumbers(serials)
                .setReportedAt(entry.completedAt().toString())
                .setReportedBy(entry.completedBy())
                .build();
    }

    /** The operation's totals: everything reported on it, partial reports and the completion's own pieces. */
    static OperationCompleted completed(DispatchEntry entry, boolean orderCompleted, Acting who) {
        return OperationCompleted.newBuilder()
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(machineOf(entry))
                .setCompletedAt(entry.completedAt().toString())
                .setCompletedBy(entry.completedBy())
                .setGoodQuantity(quantity(entry.goodQuantity(), entry))
                .setScrapQuantity(quantity(entry.scrapQuantity(), entry))
                .setReworkQuantity(quantity(entry.reworkQuantity(), entry))
                .setOrderCompleted(orderCompleted)
                .setItemCode(entry.itemCode())
                .setTerminal(who.terminalOrEmpty())
                .build();
    }

    private static Quantity.Builder quantity(BigDecimal amount, DispatchEntry entry) {
        return Quantity.newBuilder().setAmount(amount.stripTrailingZeros().toPlainString()).setUnit(entry.unit());
    }

    private static String machineOf(DispatchEntry entry) {
        return orEmpty(entry.machineCode());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
