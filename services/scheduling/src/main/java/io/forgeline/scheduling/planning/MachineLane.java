package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Timefold planning entity: one machine and the operations it runs, in order (the list variable). Its first
 * {@code startedCount} operations have started on the shop floor and are pinned.
 */
@PlanningEntity
public class MachineLane {
    private Integer index;
    private String machine;
    @PlanningPinToIndex
    private int startedCount;
    @PlanningListVariable(allowsUnassignedValues = true)
    private List<PlannedOperation> operations = new ArrayList<>();

    public MachineLane() {}

    public MachineLane(int index, String machine) {
        this.index = index;
        this.machine = machine;
    }

    public int index() {
        return index;
    }

    @PlanningId
    public Integer getId() {
        return index;
    }

    public String machine() {
        return machine;
    }

    public int getStartedCount() {
        return startedCount;
    }

    public void setStartedCount(int startedCount) {
        this.startedCount = startedCount;
    }

    public List<PlannedOperation> getOperations() {
        return operations;
    }

    public void setOperations(List<PlannedOperation> operations) {
        this.operations = operations;
    }
}
