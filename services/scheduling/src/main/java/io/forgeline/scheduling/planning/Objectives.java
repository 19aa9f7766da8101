package io.forgeline.scheduling.planning;

/**
 * A schedule's costs in the order they matter: broken hard rules (must be 0), moves of operations inside the
 * frozen horizon (schedule stability, only when rescheduling), total weighted tardiness, makespan, total
 * setup minutes. Smaller is better, compared level by level.
 */
public record Objectives(long brokenRules, long instability, long weightedTardiness, long makespan, long setupMinutes)
        implements Comparable<Objectives> {

    public boolean feasible() {
        return brokenRules == 0;
    }

    @Override
    public int compareTo(Objectives o) {
        int c = Long.compare(brokenRules, o.brokenRules);
        if (c == 0) c = Long.compare(instability, o.instability);
        if (c == 0) c = Long.compare(weightedTardiness, o.weightedTardiness);
        if (c == 0) c = Long.compare(makespan, o.makespan);
        if (c == 0) c = Long.compare(setupMinutes, o.setupMinutes);
        return c;
    }

    @Override
    public String toString() {
        return "broken=" + brokenRules + " instability=" + instability + " tardiness=" + weightedTardiness
                + " makespan=" + makespan + " setup=" + setupMinutes;
    }
}
