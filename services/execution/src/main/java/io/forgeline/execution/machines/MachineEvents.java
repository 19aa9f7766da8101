package io.forgeline.execution.machines;

import io.forgeline.contracts.execution.v1.MachineStatusChanged;
import io.forgeline.execution.plant.Machine;

/** Maps machine status changes to api-contracts event messages. */
final class MachineEvents {

    static final String TOPIC = "execution.machine-status.v1";
    static final String STATUS_CHANGED = "io.forgeline.execution.machine.status-changed.v1";

    private MachineEvents() {
    }

    static MachineStatusChanged statusChanged(MachineState state, Machine machine) {
        return MachineStatusChanged.newBuilder()
                .setMachineCode(state.machineCode())
                .setWorkCenterCode(machine.workCenterCode)
                .setStatus(state.status().name())
                .setReason(state.reason() == null ? "" : state.reason())
                .setExpectedUpAt(state.expectedUpAt() == null ? "" : state.expectedUpAt().toString())
                .setReportedAt(state.changedAt().toString())
                .setReportedBy(state.changedBy())
                .build();
    }
}
