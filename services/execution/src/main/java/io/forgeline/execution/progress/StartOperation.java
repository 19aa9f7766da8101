package io.forgeline.execution.progress;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;

/** The operator starts an operation, on a machine they name or (left out) the one the schedule placed it on. */
public record StartOperation(@Size(max = 64, message = "must be at most 64 characters") String machineCode) {

    static final StartOperation ON_PLANNED_MACHINE = new StartOperation(null);

    Optional<String> machine() {
        return Optional.ofNullable(machineCode).map(String::trim).filter(code -> !code.isEmpty());
    }

    /** Canonical form for Idempotency-Key checks. */
    String fingerprint(UUID orderId, int sequence) {
        return orderId + "|" + sequence + "|" + machine().orElse("");
    }
}
