package io.forgeline.execution.jobs;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.OperationStatus;
import io.forgeline.execution.holds.StockHold;
import io.forgeline.execution.jobs.JobReadiness.Staging;
import io.forgeline.execution.spc.SpcAlert;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One job on the terminal's list: the dispatch entry, whether it is late, its material's staging, its holds and the SPC
 * alerts recently raised on the item it makes (newest first).
 */
public record JobView(UUID orderId, String orderNumber, String itemCode, int operationSequence, String description,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant dueDate,
                      OperationStatus status, String machineCode, Instant plannedStart, Instant plannedEnd, boolean late,
                      Staging staging, List<ComponentView> components, List<HoldView> holds, List<SpcAlertView> spcAlerts) {

    /** A component: needed in all, consumed so far, and how much of what it still needs lies staged for it (null: unknown). */
    public record ComponentView(String itemCode, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal needed, String unit,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal consumed,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal staged) {
    }

    /** A quality hold on one of the job's components: all its lots (lot empty) or one. */
    public record HoldView(String number, String itemCode, String lot, String reason) {
    }

    /** A run-rule violation on one of the item's characteristics: which rule, in words, and the value that completed it. */
    public record SpcAlertView(String characteristic, int rule, String ruleText, String value, Instant raisedAt) {
    }

    static JobView of(DispatchEntry e, boolean late, JobReadiness.Job job, List<StockHold> holds, List<SpcAlert> alerts) {
        return new JobView(e.orderId(), e.orderNumber(), e.itemCode(), e.operationSequence(), e.description(), tidy(e.quantity()),
                e.unit(), e.dueDate(), e.status(), e.machineCode(), e.plannedStart(), e.plannedEnd(), late, job.staging(),
                job.components().stream().map(c -> new ComponentView(c.itemCode(), tidy(c.needed()), c.unit(), tidy(c.consumed()),
                        c.staged() == null ? null : tidy(c.staged()))).toList(),
                holds.stream().map(h -> new HoldView(h.number, h.itemCode, h.lot, h.reason)).toList(),
                alerts.stream().map(a -> new SpcAlertView(a.characteristic, a.rule, a.ruleText, a.measured, a.raisedAt)).toList());
    }
}
