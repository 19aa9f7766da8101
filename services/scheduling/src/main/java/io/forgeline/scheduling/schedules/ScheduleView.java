package io.forgeline.scheduling.schedules;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.scheduling.orders.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A schedule as the planner page draws it: see docs/scheduling.md. {@code solver} names the replica of the
 * scheduling service that solves or solved it.
 */
public record ScheduleView(UUID id, ScheduleStatus status, ScheduleKind kind, Instant createdAt, String createdBy, Instant origin,
        Instant horizonEnd, Integer timeLimitSeconds, Instant publishedAt, Score score, Problem problem, Simulation simulation,
        List<MachineRow> machines, List<OperationBar> operations, List<OrderRow> orders, String solver) {

    public record Score(long hard, long stability, long weightedTardiness, long makespanMinutes, long setupMinutes) {
        /** The stored score; null until the schedule is solved. */
        static Score of(ProductionSchedule s) {
            return s.brokenRules() == null ? null : new Score(s.brokenRules(), s.instability(), s.weightedTardiness(), s.makespanMinutes(), s.setupMinutes());
        }

        static Score of(io.forgeline.scheduling.planning.Objectives o) {
            return new Score(o.brokenRules(), o.instability(), o.weightedTardiness(), o.makespan(), o.setupMinutes());
        }
    }

    public record Problem(String order, String operation, String detail) {
        static Problem of(ProductionSchedule s) {
            return s.problemDetail() == null ? null : new Problem(s.problemOrder(), s.problemOperation(), s.problemDetail());
        }
    }

    public record Simulation(String machineCode, Instant from, Instant until) {
        static Simulation of(ProductionSchedule s) {
            return s.simulatedMachine() == null ? null : new Simulation(s.simulatedMachine(), s.simulatedFrom(), s.simulatedUntil());
        }
    }

    public record MachineRow(String code, String workCenterCode, String name, String status, List<Closed> closed) {
    }

    public record Closed(Instant from, Instant to, String kind) {
    }

    public record OperationBar(UUID orderId, String orderNumber, String itemCode, String productFamily, int sequence,
            String description, String machineCode, Instant setupStart, Instant start, Instant end, Instant dueDate,
            boolean late, boolean pinned) {
    }

    public record OrderRow(UUID id, String number, String itemCode, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
            String unit, String status, Instant dueDate, Priority priority, Instant plannedEnd, boolean late) {
    }
}
