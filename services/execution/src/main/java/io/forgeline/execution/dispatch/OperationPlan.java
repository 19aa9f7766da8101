package io.forgeline.execution.dispatch;

import java.time.Instant;

/**
 * Where and when one published schedule wants an operation. Schedules are published per machine, so the
 * plans for one operation may arrive out of order: the one from the later publication wins.
 */
public record OperationPlan(String machineCode, Instant setupStart, Instant start, Instant end, String scheduleId,
                            Instant publishedAt) {

    /** Whether this plan may replace what a schedule published at {@code held} said (null: nothing held). */
    public boolean supersedes(Instant held) {
        return held == null || !publishedAt.isBefore(held);
    }
}
