package io.forgeline.execution.progress;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.OperationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One operation as the terminal shows it: the plan, and who started and completed it when. */
public record OperationView(UUID orderId, String orderNumber, String itemCode, int operationSequence,
                            String workCenterCode, String description,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                            OperationStatus status, String machineCode, Instant plannedStart, Instant plannedEnd,
                            Instant startedAt, String startedBy, Instant completedAt, String completedBy,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goodQuantity, String outputLot) {

    static OperationView of(DispatchEntry e) {
        return new OperationView(e.orderId(), e.orderNumber(), e.itemCode(), e.operationSequence(), e.workCenterCode(),
                e.description(), tidy(e.quantity()), e.unit(), e.status(), e.machineCode(), e.plannedStart(), e.plannedEnd(),
                e.startedAt(), e.startedBy(), e.completedAt(), e.completedBy(), tidy(e.goodQuantity()), e.outputLot());
    }
}
