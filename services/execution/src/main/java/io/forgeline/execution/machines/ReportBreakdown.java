package io.forgeline.execution.machines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An operator's report: the machine stopped, this is why, and (if anyone knows) when it should run again. */
public record ReportBreakdown(
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
        Instant expectedUpAt) {

    /** Canonical form for Idempotency-Key checks. */
    String fingerprint(String machineCode) {
        return machineCode + "|" + reason.trim() + "|" + expectedUpAt;
    }
}
