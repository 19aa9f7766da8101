package io.forgeline.execution.consumption;

import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.required;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an operator scanned into an operation: a lot label, a handling unit, a DataMatrix or an EPC, and how much of
 * it (in the item's base unit). The quantity may be left out for a serialised unit (one) or a handling unit (all of
 * the lot it holds).
 */
public record ConsumeMaterial(String scan, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {

    /** Longer than any label a scanner reads: a GS1 DataMatrix of a lot holds well under a hundred characters. */
    static final int LONGEST_SCAN = 500;

    /** The request with its fields checked (400 naming each wrong one). The scan keeps its GS separators. */
    Checked checked() {
        List<FieldError> errors = new ArrayList<>();
        String raw = scan == null || scan.isBlank() ? null : scan;
        required(scan, "/scan", errors);
        if (raw != null) {
            atMost(raw, LONGEST_SCAN, "/scan", errors);
        }
        if (quantity != null && quantity.signum() <= 0) {
            errors.add(new FieldError("/quantity", "must be more than zero"));
        } else if (quantity != null && (quantity.stripTrailingZeros().scale() > 6 || quantity.precision() - quantity.scale() > 12)) {
            errors.add(new FieldError("/quantity", "must have at most 12 digits before and 6 after the decimal point"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Checked(raw, Optional.ofNullable(quantity).map(BigDecimal::stripTrailingZeros));
    }

    record Checked(String scan, Optional<BigDecimal> quantity) {

        /** Canonical form for Idempotency-Key checks: "5" and "5.0" are the same request. */
        String fingerprint(UUID orderId, int sequence) {
            return orderId + "|" + sequence + "|" + scan + "|" + quantity.map(BigDecimal::toPlainString).orElse("");
        }
    }
}
