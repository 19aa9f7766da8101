package io.forgeline.execution.machines;

/** Whether a machine can run work: DOWN from a breakdown report until its repair. */
public enum MachineStatus {
    UP, DOWN
}
