package io.forgeline.execution.instructions;

import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.quantity.Decimals;
import java.math.BigDecimal;
import java.util.List;

/** A decimal given as text (or a JSON number): what fits numeric(18, 6), or a refusal naming where it was. */
final class Decimal {

    private Decimal() {
    }

    /** Null when missing; otherwise the value, or null with the refusal added to {@code errors}. */
    static BigDecimal read(String text, String at, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(at, "'" + abbreviated(text) + "' is not a decimal number"));
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > 6 || stripped.precision() - stripped.scale() > 12) {
            errors.add(new FieldError(at, "must have at most 12 digits before and 6 after the decimal point"));
            return null;
        }
        return Decimals.tidy(stripped);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
