package io.forgeline.execution.signals;

/** What a machine's signals say it does; UNKNOWN when it said nothing for longer than the silence timeout. */
public enum MachineRunState {
    RUNNING, IDLE, DOWN, SETUP, UNKNOWN
}
