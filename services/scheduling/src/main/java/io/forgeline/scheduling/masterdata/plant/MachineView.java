package io.forgeline.scheduling.masterdata.plant;

import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.MachineStatus;

public record MachineView(String code, String workCenterCode, String name, String calendarCode, MachineStatus status, long version) {

    static MachineView of(Machine machine) {
        return new MachineView(machine.code, machine.workCenterCode, machine.name, machine.calendarCode, machine.status, machine.version);
    }
}
