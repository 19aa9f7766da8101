package io.forgeline.scheduling.masterdata.items;

import io.forgeline.scheduling.masterdata.MakeOrBuy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a PUT of an item says; {@code version} is the one the planner read (absent when creating). */
public record PutItem(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String description,
        @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String unit,
        @NotNull(message = "is required (MAKE or BUY)") MakeOrBuy makeOrBuy,
        @Pattern(regexp = "\\d{8}|\\d{12,14}|", message = "must be a GTIN of 8, 12, 13 or 14 digits") String gtin,
        @Size(max = 64, message = "must be at most 64 characters") String productFamily,
        @Size(max = 64, message = "must be at most 64 characters") String supplierCode,
        @PositiveOrZero(message = "must be 0 or more") Long version) {
}
