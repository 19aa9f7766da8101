package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;

/** Timefold custom phase: the dispatching construction heuristic fills every lane. */
final class DispatchingPhase implements PhaseCommand<ShopFloorPlan> {
    private final PlanningRun run;

    DispatchingPhase(PlanningRun run) {
        this.run = run;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<ShopFloorPlan> context) {
        ShopFloorPlan plan = context.getWorkingSolution();
        Sequences built = Dispatching.build(plan.shop());
        var variable = (PlanningListVariableMetaModel<ShopFloorPlan, MachineLane, PlannedOperation>)
                (Object) context.getSolutionMetaModel().genuineEntity(MachineLane.class).variable("operations");
        context.execute(new RewriteLanes(variable, plan, built));
        run.offer(built);
    }
}
