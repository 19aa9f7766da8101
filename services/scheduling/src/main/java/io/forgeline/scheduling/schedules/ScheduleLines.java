package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.ScheduledOperation;
import io.forgeline.scheduling.schedules.PlantSnapshot.OperationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Pure mapping: a solver schedule on the minute axis back to dated lines of orders. */
final class ScheduleLines {

    private ScheduleLines() {
    }

    static List<ScheduleLine> of(UUID scheduleId, PlantSnapshot snapshot, Schedule schedule) {
        TimeAxis axis = snapshot.facts().axis();
        List<ScheduleLine> lines = new ArrayList<>();
        for (ScheduledOperation op : schedule.operations()) {
            OperationRef ref = snapshot.operations().get(op.operation());
            ScheduleLine line = new ScheduleLine();
            line.key = new ScheduleLine.Key(scheduleId, ref.order().id(), ref.operation().sequence());
            line.machineCode = op.machine();
            line.setupStart = axis.instant(op.setupStart());
            line.start = axis.instant(op.start());
            line.end = axis.instant(op.end());
            line.pinned = snapshot.reschedule().startedOperations().contains(op.operation());
            lines.add(line);
        }
        return lines;
    }
}
