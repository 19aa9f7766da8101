package io.forgeline.scheduling.masterdata.plant;

import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.WorkCenter;
import java.time.Instant;
import java.util.List;

/** Maps a work center and all its machines to {@code WorkCenterChanged}: the compacted topic keeps the whole picture. */
public final class WorkCenterEvents {

    public static final String TOPIC = "scheduling.work-centers.v1";
    public static final String CHANGED = "io.forgeline.scheduling.work-center.changed.v1";

    private WorkCenterEvents() {
    }

    static WorkCenterChanged changed(WorkCenter workCenter, List<Machine> machines, Instant at) {
        WorkCenterChanged.Builder event = WorkCenterChanged.newBuilder()
                .setCode(workCenter.code)
                .setName(workCenter.name)
                .setRequiresStaging(workCenter.requiresStaging)
                .setVersion(workCenter.version)
                .setChangedAt(at.toString());
        for (Machine machine : machines) {
            event.addMachines(MachineSummary.newBuilder()
                    .setCode(machine.code)
                    .setName(machine.name)
                    .setCalendarCode(machine.calendarCode));
        }
        return event.build();
    }
}
