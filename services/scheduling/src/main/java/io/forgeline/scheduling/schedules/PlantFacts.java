package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.schedules.WorkingTime.Compiled;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What planning reads from the database, as plain values: the input of {@link PlantSnapshot#of}. */
public record PlantFacts(TimeAxis axis, List<OrderFacts> orders, List<MachineFacts> machines,
        List<Changeover> changeovers, Map<OperationKey, Progress> progress, List<Planned> previous, Instant frozenUntil) {

    public record OrderFacts(UUID id, String number, String itemCode, String productFamily, BigDecimal quantity,
            Instant dueDate, Instant releaseAt, Instant materialReadyAt, boolean rush, String status, List<OperationFacts> operations) {
    }

    /** A routing operation; {@code options} empty means every machine of the work center at the operation's times. */
    public record OperationFacts(int sequence, String description, String workCenterCode, int setupMinutes,
            BigDecimal runMinutesPerUnit, boolean mayPauseAtBreaks, List<Option> options) {
    }

    public record Option(String machineCode, int setupMinutes, BigDecimal runMinutesPerUnit) {
    }

    public record MachineFacts(String code, String workCenterCode, String name, String status, Compiled workingTime) {
    }

    public record Changeover(String fromFamily, String toFamily, int minutes) {
    }

    public record OperationKey(UUID orderId, int sequence) {
    }

    public record Progress(String machineCode, Instant startedAt, Instant completedAt) {
    }

    /** An operation as the schedule being replaced planned it. */
    public record Planned(OperationKey key, String machineCode, Instant setupStart, Instant start, Instant end) {
    }
}
