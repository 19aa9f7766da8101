package io.forgeline.execution.progress;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.OperationStatus;
import io.forgeline.execution.instructions.CollectedView;
import io.forgeline.execution.instructions.WorkInstructionView;
import io.forgeline.execution.serials.SerialView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One operation as the terminal shows it: the plan, who started and completed it when, the pieces reported so far
 * (totals; null before the first report), why it is paused, each operator's time on it, its work instruction (null
 * when it has none) and the latest value recorded for each of its fields. The order's last operation, once it produced
 * a serialised item's finished lot, lists the units' serials with their SGTINs (empty otherwise).
 */
public record OperationView(UUID orderId, String orderNumber, String itemCode, int operationSequence,
                            String workCenterCode, String description,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                            OperationStatus status, String machineCode, Instant plannedStart, Instant plannedEnd,
                            Instant startedAt, String startedBy, Instant completedAt, String completedBy,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goodQuantity,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal scrapQuantity,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reworkQuantity,
                            String pauseReasonCode, List<Labour.OperatorTime> labour, String outputLot,
                            WorkInstructionView instructions, List<CollectedView> collected, List<SerialView> serials) {

    static OperationView of(DispatchEntry e, List<Labour.OperatorTime> labour, WorkInstructionView instructions,
            List<CollectedView> collected, List<SerialView> serials) {
        return new OperationView(e.orderId(), e.orderNumber(), e.itemCode(), e.operationSequence(), e.workCenterCode(),
                e.description(), tidy(e.quantity()), e.unit(), e.status(), e.machineCode(), e.plannedStart(), e.plannedEnd(),
                e.startedAt(), e.startedBy(), e.completedAt(), e.completedBy(), tidy(e.goodQuantity()), tidy(e.scrapQuantity()),
                tidy(e.reworkQuantity()), e.status() == OperationStatus.PAUSED ? e.pauseReasonCode() : null, labour, e.outputLot(),
                instructions, collected, e.outputLot() == null ? List.of() : serials);
    }
}
