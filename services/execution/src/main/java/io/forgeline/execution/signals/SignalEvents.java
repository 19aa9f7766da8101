package io.forgeline.execution.signals;

import io.forgeline.contracts.execution.v1.MachineStateChanged;

/** Maps live state changes to api-contracts event messages. */
final class SignalEvents {

    static final String SIGNALS_TOPIC = "execution.machine-signals.v1";
    static final String SIGNALS_REPORTED = "io.forgeline.execution.machine.signals-reported.v1";
    /** beside the operators' MachineStatusChanged: scheduling reads only those, the board reads these */
    static final String STATUS_TOPIC = "execution.machine-status.v1";
    static final String STATE_CHANGED = "io.forgeline.execution.machine.state-changed.v1";

    private SignalEvents() {
    }

    static MachineStateChanged stateChanged(StateChange change, String workCenterCode) {
        return MachineStateChanged.newBuilder()
                .setMachineCode(change.machineCode())
                .setWorkCenterCode(workCenterCode)
                .setState(change.state().name())
                .setPreviousState(change.previous().name())
                .setSince(change.since().toString())
                .setStopCode(change.stopCode() == null ? "" : change.stopCode())
                .build();
    }
}
