package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/** Timefold's view of an operation: a value of a machine lane's list variable. */
public final class PlannedOperation {
    private final Integer index;
    private final String operation;

    public PlannedOperation(int index, String operation) {
        this.index = index;
        this.operation = operation;
    }

    public int index() {
        return index;
    }

    @PlanningId
    public Integer getId() {
        return index;
    }

    @Override
    public String toString() {
        return operation;
    }
}
