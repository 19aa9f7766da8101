package io.forgeline.scheduling.masterdata.plant;

import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.WorkCenter;
import java.util.List;

/** What one {@code WorkCenterChanged} event and one work-center view are made of. */
record WorkCenterWithMachines(WorkCenter workCenter, List<Machine> machines) {
}
