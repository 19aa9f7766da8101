package io.forgeline.execution.progress;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** The operator finishes an operation and says how many good pieces it made (in the order's unit). */
public record CompleteOperation(
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
        BigDecimal goodQuantity) {

    /** Canonical form for Idempotency-Key checks: "5" and "5.0" are the same request. */
    String fingerprint(UUID orderId, int sequence) {
        return orderId + "|" + sequence + "|" + goodQuantity.stripTrailingZeros().toPlainString();
    }
}
