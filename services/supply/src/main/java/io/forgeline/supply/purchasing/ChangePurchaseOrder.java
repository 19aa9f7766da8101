package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's change, line by line: each entry says what line {@code lineNumber} should be from now on (quantity,
 * requested date), or that it is cancelled; a number after the last line adds one (with its item). Lines not named
 * stay as they are. Saying the same thing twice changes nothing, so a repeated request is harmless.
 */
public record ChangePurchaseOrder(@NotEmpty(message = "needs at least one line") @Valid List<@NotNull(message = "is required") Line> lines) {

    public record Line(@NotNull(message = "is required") @Positive(message = "must be more than zero") Integer lineNumber,
                       String itemCode,
                       @Positive(message = "must be more than zero") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                       String unit,
                       LocalDate requestedDate,
                       Boolean cancel) {

        boolean cancels() {
            return Boolean.TRUE.equals(cancel);
        }
    }
}
