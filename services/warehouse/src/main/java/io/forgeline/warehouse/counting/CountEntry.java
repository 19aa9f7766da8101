package io.forgeline.warehouse.counting;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/** What the clerk found, line by line: {@code {"lines":[{"line":1,"counted":"58"}]}}. Every line of the task is counted. */
public record CountEntry(@NotNull(message = "is required: every line of the count, none for an empty bin") List<@Valid @NotNull(message = "is required") Counted> lines) {

    public record Counted(@NotNull(message = "is required") Integer line,
                          @NotNull(message = "is required") @PositiveOrZero(message = "may not be negative")
                          @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted) {
    }
}
