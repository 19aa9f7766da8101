package io.forgeline.scheduling.planning;

import java.util.List;

/** Every operation of the plant on a machine with its times, and what the schedule costs. */
public record Schedule(List<ScheduledOperation> operations, Objectives objectives) {
    public Schedule {
        operations = List.copyOf(operations);
    }

    public long makespan() {
        return operations.stream().mapToLong(ScheduledOperation::end).max().orElse(0);
    }
}
