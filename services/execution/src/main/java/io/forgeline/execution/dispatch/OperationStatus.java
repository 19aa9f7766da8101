package io.forgeline.execution.dispatch;

/** Where an operation stands on the shop floor. */
public enum OperationStatus {
    QUEUED, RUNNING, PAUSED, DONE
}
