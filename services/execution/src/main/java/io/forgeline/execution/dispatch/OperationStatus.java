package io.forgeline.execution.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an operation stands on the shop floor: QUEUED → RUNNING → DONE. A RUNNING operation may be
 * PAUSED and started again; DONE is final.
 */
public enum OperationStatus {
    QUEUED, RUNNING, PAUSED, DONE;

    /** The moves the shop floor may make; anything else is an illegal transition (409). */
    Set<OperationStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING);
            case RUNNING -> EnumSet.of(PAUSED, DONE);
            case PAUSED -> EnumSet.of(RUNNING);
            case DONE -> EnumSet.noneOf(OperationStatus.class);
        };
    }

    public boolean canBecome(OperationStatus next) {
        return next().contains(next);
    }

    /** Work has begun on it: a following operation may overlap. */
    public boolean hasStarted() {
        return this != QUEUED;
    }
}
