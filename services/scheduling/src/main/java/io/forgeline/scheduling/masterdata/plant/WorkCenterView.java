package io.forgeline.scheduling.masterdata.plant;

import java.util.List;

/**
 * A work center with its machines and whether operators there consume only staged material; {@code version} also
 * moves when one of its machines changes.
 */
public record WorkCenterView(String code, String name, boolean requiresStaging, long version, List<MachineView> machines) {

    static WorkCenterView of(WorkCenterWithMachines plant) {
        return new WorkCenterView(plant.workCenter().code, plant.workCenter().name, plant.workCenter().requiresStaging,
                plant.workCenter().version, plant.machines().stream().map(MachineView::of).toList());
    }
}
