package io.forgeline.warehouse.picking;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A pick as the picker confirms it: {@code {"from":"B-02-01","quantity":"4"}}, {@code from} being the bin's label or the
 * handling unit's SSCC as scanned. Less than the task asked is a short pick; 0 when nothing was there.
 */
public record PickConfirmation(@NotBlank(message = "is required: scan the bin or handling unit you took the goods from") String from,
                               @NotNull(message = "is required") @PositiveOrZero(message = "may not be negative")
                               @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
}
