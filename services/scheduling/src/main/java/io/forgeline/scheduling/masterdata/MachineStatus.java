package io.forgeline.scheduling.masterdata;

/** DOWN from a reported breakdown until the repair is reported. */
public enum MachineStatus {
    UP, DOWN
}
