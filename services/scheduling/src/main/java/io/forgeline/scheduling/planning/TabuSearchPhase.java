package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;

/**
 * Timefold custom phase: the critical-path tabu search runs until the solver terminates (time limit or
 * {@link PlanningRun#stop()}), reporting each better schedule to the run as it goes, and leaves the best
 * sequences in the working solution.
 */
final class TabuSearchPhase implements PhaseCommand<ShopFloorPlan> {
    private final PlanningRun run;
    private final long seed;

    TabuSearchPhase(PlanningRun run, long seed) {
        this.run = run;
        this.seed = seed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<ShopFloorPlan> context) {
        ShopFloorPlan plan = context.getWorkingSolution();
        CriticalPathSearch search = new CriticalPathSearch(plan.shop(), seed);
        Sequences best = search.run(plan.sequences(), () -> context.isPhaseTerminated() || run.stopRequested(), (b, cost) -> run.offer(b));
        run.searchIterations(search.iterations());
        var variable = (PlanningListVariableMetaModel<ShopFloorPlan, MachineLane, PlannedOperation>)
                (Object) context.getSolutionMetaModel().genuineEntity(MachineLane.class).variable("operations");
        context.execute(new RewriteLanes(variable, plan, best));
    }
}
