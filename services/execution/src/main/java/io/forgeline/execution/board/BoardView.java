package io.forgeline.execution.board;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.execution.andon.AndonView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The live floor board as a big screen draws it on arrival: every machine as a tile, and the alerts of the area. */
public record BoardView(Instant at, List<MachineTile> machines, List<AndonView> andons, List<SpcAlertView> spcAlerts) {

    /**
     * @param runState what the machine's own signals say (RUNNING, IDLE, SETUP, DOWN; UNKNOWN when silent or never heard)
     * @param status  UP or DOWN as reported (a breakdown report, or the signals' breakdown)
     * @param reason  why it is down; null when up
     * @param since   since when it is in that status; null when nobody reported anything yet
     * @param current the operation running or paused on it; null when none
     * @param next    the next operations planned on it, first first (at most three)
     * @param oee     its shift so far (null outside shifts, or when its figures could not be had)
     */
    public record MachineTile(String code, String name, String workCenterCode, String runState, Instant runStateSince,
                              String status, String reason, Instant since, JobOnMachine current, List<JobOnMachine> next, ShiftOee oee) {
    }

    /** OEE and its factors of the shift under way, from its start to now (docs/oee.md); a factor is null when undefined. */
    public record ShiftOee(String shift, Instant from, BigDecimal availability, BigDecimal performance, BigDecimal quality,
                           BigDecimal oee) {
    }

    /**
     * An operation on a machine, with its progress against plan: {@code expected} good pieces by now at its takt.
     *
     * @param late planned to end before now and not done
     */
    public record JobOnMachine(UUID orderId, String orderNumber, String itemCode, int operationSequence, String status,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal good,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected, boolean behind,
                               Instant startedAt, Instant plannedStart, Instant plannedEnd, boolean late) {
    }

    /** An SPC alert on an item a machine of the board makes now. */
    public record SpcAlertView(UUID id, String itemCode, String characteristic, int rule, String ruleText,
                               String measured, Instant raisedAt) {
    }
}
