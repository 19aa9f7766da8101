package io.forgeline.warehouse.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An outbound delivery as the ERP sends it: who gets what, on which day. */
public record DeliveryRequest(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String customerCode,
        @Size(max = 200, message = "must be at most 200 characters") String customerName,
        @Size(max = 35, message = "must be at most 35 characters (EDIFACT RFF)") String customerReference,
        @NotNull(message = "is required (the day it leaves, e.g. 2026-12-03)") LocalDate shipOn,
        @NotEmpty(message = "needs at least one line") @Size(max = 200, message = "must have at most 200 lines")
        List<@NotNull(message = "must not be null") @Valid Line> lines) {

    /** An item and how much of it, in the item's base unit. */
    public record Line(
            @NotBlank(message = "is required") String itemCode,
            @NotNull(message = "is required") @Positive(message = "must be greater than 0")
            @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
            @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String unit) {
    }
}
