package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;

/** A Timefold move that puts the solver's sequences into the lanes, leaving each lane's started prefix alone. */
final class RewriteLanes implements Move<ShopFloorPlan> {
    private final PlanningListVariableMetaModel<ShopFloorPlan, MachineLane, PlannedOperation> variable;
    private final ShopFloorPlan plan;
    private final Sequences target;

    RewriteLanes(PlanningListVariableMetaModel<ShopFloorPlan, MachineLane, PlannedOperation> variable,
            ShopFloorPlan plan, Sequences target) {
        this.variable = variable;
        this.plan = plan;
        this.target = target;
    }

    @Override
    public void execute(MutableSolutionView<ShopFloorPlan> view) {
        List<PlannedOperation> values = plan.getOperations();
        for (MachineLane lane : plan.getLanes()) {
            for (int i = lane.getOperations().size() - 1; i >= lane.getStartedCount(); i--) {
                view.unassignValue(variable, lane, i);
            }
        }
        for (MachineLane lane : plan.getLanes()) {
            int k = lane.index();
            List<PlannedOperation> ordered = new ArrayList<>();
            for (int i = lane.getStartedCount(); i < target.len[k]; i++) ordered.add(values.get(target.seq[k][i]));
            if (!ordered.isEmpty()) view.assignValuesAndAdd(variable, ordered, lane, lane.getStartedCount());
        }
    }

    @Override
    public String describe() {
        return "RewriteLanes";
    }
}
