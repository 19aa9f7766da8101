package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.scheduling.masterdata.Closure;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A planned closure; {@code kind} may be left out (a calendar's is a HOLIDAY, a machine's a MAINTENANCE). */
public record NewClosure(
        Closure.Kind kind,
        @NotNull(message = "is required") Instant startsAt,
        @NotNull(message = "is required") Instant endsAt,
        @Size(max = 200, message = "must be at most 200 characters") String reason) {
}
