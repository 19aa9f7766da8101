package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.solver.Solver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One solve in progress: the best schedule so far ({@link #best()}), the score over time ({@link #progress()}),
 * early stop ({@link #stop()}) and the final schedule ({@link #result()}). Thread-safe: the solver thread
 * offers better sequences, any thread reads.
 */
public final class PlanningRun {
    private final Shop shop;
    private final Consumer<Progress> listener;
    private final long startedAt = System.nanoTime();
    private final Timetable timetable;
    private final List<Progress> progress = new ArrayList<>();
    private final CompletableFuture<Schedule> result = new CompletableFuture<>();
    private Sequences best;
    private long[] bestCost;
    private volatile Solver<ShopFloorPlan> solver;
    private volatile boolean stopRequested;
    private volatile long iterations;

    PlanningRun(Shop shop, Consumer<Progress> listener) {
        this.shop = shop;
        this.listener = listener;
        this.timetable = new Timetable(shop);
    }

    /** The best schedule found so far, or null before the construction heuristic has finished. */
    public synchronized Schedule best() {
        return best == null ? null : Schedules.of(shop, best);
    }

    /** Every improvement so far: elapsed time and objectives. */
    public synchronized List<Progress> progress() {
        return List.copyOf(progress);
    }

    /** Ends the solve soon; {@link #result()} then completes with the best schedule so far. */
    public void stop() {
        stopRequested = true;
        Solver<ShopFloorPlan> s = solver;
        if (s != null) s.terminateEarly();
    }

    public boolean isSolving() {
        return !result.isDone();
    }

    public CompletableFuture<Schedule> result() {
        return result;
    }

    /** Tabu search iterations done (for the benchmark's figures). */
    public long searchIterations() {
        return iterations;
    }

    void searchIterations(long n) {
        iterations = n;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void attach(Solver<ShopFloorPlan> solver) {
        this.solver = solver;
        if (stopRequested) solver.terminateEarly();
    }

    void offer(Sequences candidate) {
        Progress p;
        synchronized (this) {
            timetable.decode(candidate.seq, candidate.len);
            if (timetable.cost[0] > 0 || (bestCost != null && Timetable.compare(timetable.cost, bestCost) >= 0)) {
                return;
            }
            best = candidate.copy();
            bestCost = timetable.costCopy();
            p = new Progress(Duration.ofNanos(System.nanoTime() - startedAt), timetable.objectives());
            progress.add(p);
        }
        if (listener != null) listener.accept(p);
    }

    void complete(Schedule schedule) {
        result.complete(schedule);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }
}
