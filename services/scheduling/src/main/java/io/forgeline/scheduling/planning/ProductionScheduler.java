package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The finite-capacity scheduler. {@link #start} checks the plant (an operation no machine can do is an
 * {@link InfeasiblePlant} at once, never a partial schedule), then solves on its own thread with Timefold
 * Solver: a dispatching construction phase and a critical-path tabu search phase, until the time limit or
 * {@link PlanningRun#stop()}.
 */
public final class ProductionScheduler {

    /** Starts solving; returns at once. The listener hears every better schedule (on the solver thread). */
    public PlanningRun start(Plant plant, SolveOptions options, Consumer<Progress> listener) {
        Shop shop = new Shop(plant, options.reschedule());
        PlanningRun run = new PlanningRun(shop, listener);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ShopFloorPlan.class)
                .withEntityClasses(MachineLane.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(options.seed())
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig().withEasyScoreCalculatorClass(PlanScoreCalculator.class))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(options.timeLimit()))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new DispatchingPhase(run)),
                        new CustomPhaseConfig().withCustomPhaseCommands(new TabuSearchPhase(run, options.seed())));
        Thread thread = new Thread(() -> {
            try {
                Solver<ShopFloorPlan> solver = SolverFactory.<ShopFloorPlan>create(config).buildSolver();
                run.attach(solver);
                ShopFloorPlan solved = solver.solve(new ShopFloorPlan(shop));
                Schedule fromSolver = Schedules.of(shop, solved.sequences());
                Schedule best = run.best();
                run.complete(best != null && best.objectives().compareTo(fromSolver.objectives()) < 0 ? best : fromSolver);
            } catch (Throwable t) {
                run.fail(t);
            }
        }, "production-scheduler");
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    /** Solves and waits for the result. */
    public Schedule solve(Plant plant, SolveOptions options) {
        try {
            return start(plant, options, null).result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
