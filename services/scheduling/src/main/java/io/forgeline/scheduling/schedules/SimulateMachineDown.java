package io.forgeline.scheduling.schedules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/** What if this machine stopped from {@code from} (default now) until {@code until} (default: nobody knows)? */
public record SimulateMachineDown(
        @NotBlank(message = "is required") String machineCode,
        Instant from,
        Instant until,
        @Min(value = 1, message = "must be at least 1 second") @Max(value = 300, message = "must be at most 300 seconds")
        Integer timeLimitSeconds) {

    public SimulateMachineDown {
        timeLimitSeconds = timeLimitSeconds == null ? 5 : timeLimitSeconds;
    }
}
