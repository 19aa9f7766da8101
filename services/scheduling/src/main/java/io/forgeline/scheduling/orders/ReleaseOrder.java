package io.forgeline.scheduling.orders;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A planner's request: make this many of this item by then. */
public record ReleaseOrder(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String itemCode,
        @NotNull(message = "is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
        BigDecimal quantity,
        @NotNull(message = "is required") Instant dueDate,
        Instant releaseAt,
        Priority priority,
        /** false: keep it PLANNED (a proposal); release it later with POST …/{id}/release. Default true. */
        Boolean release) {

    public ReleaseOrder {
        priority = priority == null ? Priority.NORMAL : priority;
    }

    public ReleaseOrder(String itemCode, BigDecimal quantity, Instant dueDate) {
        this(itemCode, quantity, dueDate, null, null, null);
    }

    public ReleaseOrder(String itemCode, BigDecimal quantity, Instant dueDate, Instant releaseAt, Priority priority) {
        this(itemCode, quantity, dueDate, releaseAt, priority, null);
    }

    boolean releaseNow() {
        return release == null || release;
    }

    /** Canonical form for Idempotency-Key checks: "50" and "50.0" are the same request. */
    String fingerprint() {
        return itemCode.trim() + "|" + quantity.stripTrailingZeros().toPlainString() + "|" + dueDate + "|" + releaseAt + "|" + priority + "|" + releaseNow();
    }
}
