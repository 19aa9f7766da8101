package io.forgeline.supply.purchasing;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A supplier's promise: the goods arrive at our dock then. */
public record ConfirmPurchaseOrder(@NotNull(message = "is required") Instant promisedDate) {

    public ConfirmPurchaseOrder {
        // PostgreSQL keeps microseconds: a finer date would read back as a different one and count as a new promise
        promisedDate = promisedDate == null ? null : promisedDate.truncatedTo(ChronoUnit.MICROS);
    }

    /** Canonical form for Idempotency-Key checks: the same instant written with another offset is the same request. */
    String fingerprint() {
        return String.valueOf(promisedDate);
    }
}
