package io.forgeline.execution.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an operation stands on the shop floor: QUEUED → RUNNING → DONE. A RUNNING operation may be
 * PAUSED and started again; DONE is final. CANCELLED (final too) when its production order was cancelled
 * before the operation was done.
 */
public enum OperationStatus {
    QUEUED, RUNNING, PAUSED, DONE, CANCELLED;

    /** What a dispatch list shows: work still to do. */
    public static final Set<OperationStatus> OPEN = EnumSet.of(QUEUED, RUNNING, PAUSED);

    /** The moves the shop floor may make; anything else is an illegal transition (409). */
    Set<OperationStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(PAUSED, DONE, CANCELLED);
            case PAUSED -> EnumSet.of(RUNNING, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(OperationStatus.class);
        };
    }

    public boolean canBecome(OperationStatus next) {
        return next().contains(next);
    }

    /** Work has begun on it: a following operation may overlap. */
    public boolean hasStarted() {
        return this == RUNNING || this == PAUSED || this == DONE;
    }
}
