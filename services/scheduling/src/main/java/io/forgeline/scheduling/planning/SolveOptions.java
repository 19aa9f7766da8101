package io.forgeline.scheduling.planning;

import java.time.Duration;

/** How long to solve, the random seed (same seed, same plant, same machine load: similar result), and an optional reschedule. */
public record SolveOptions(Duration timeLimit, long seed, Reschedule reschedule) {
    public SolveOptions {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    public static SolveOptions within(Duration timeLimit) {
        return new SolveOptions(timeLimit, 0, null);
    }

    public SolveOptions withSeed(long seed) {
        return new SolveOptions(timeLimit, seed, reschedule);
    }

    public SolveOptions rescheduling(Reschedule reschedule) {
        return new SolveOptions(timeLimit, seed, reschedule);
    }
}
