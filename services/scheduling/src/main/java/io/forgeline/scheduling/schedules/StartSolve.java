package io.forgeline.scheduling.schedules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A planner's solve: how long at most, which seed, and whether to publish the result at once. */
public record StartSolve(
        @Min(value = 1, message = "must be at least 1 second") @Max(value = 300, message = "must be at most 300 seconds")
        Integer timeLimitSeconds,
        Long seed,
        Boolean publish) {

    public StartSolve {
        timeLimitSeconds = timeLimitSeconds == null ? 10 : timeLimitSeconds;
        seed = seed == null ? 0L : seed;
        publish = publish != null && publish;
    }
}
