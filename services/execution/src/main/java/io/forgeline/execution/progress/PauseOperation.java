package io.forgeline.execution.progress;

import io.forgeline.execution.reasons.ReasonCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The operator pauses a running operation, for one of the plant's PAUSE reason codes. */
public record PauseOperation(
        @NotBlank(message = "is required: one of the PAUSE reason codes") @Size(max = 64, message = "must be at most 64 characters")
        String reasonCode) {

    String reason() {
        return ReasonCodes.normalised(reasonCode);
    }

    /** Canonical form for Idempotency-Key checks. */
    String fingerprint(UUID orderId, int sequence) {
        return orderId + "|" + sequence + "|" + reason();
    }
}
