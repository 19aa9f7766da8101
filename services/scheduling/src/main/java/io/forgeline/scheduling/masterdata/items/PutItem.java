package io.forgeline.scheduling.masterdata.items;

import io.forgeline.scheduling.masterdata.MakeOrBuy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a PUT of an item says; {@code version} is the one the planner read (absent when creating).
 * {@code gtin} (empty: none) is read by {@link ItemService} with platform/ident, which says what is wrong with it.
 */
public record PutItem(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String description,
        @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String unit,
        @NotNull(message = "is required (MAKE or BUY)") MakeOrBuy makeOrBuy,
        String gtin,
        @Size(max = 64, message = "must be at most 64 characters") String productFamily,
        @Size(max = 64, message = "must be at most 64 characters") String supplierCode,
        @PositiveOrZero(message = "must be 0 or more") Long version) {
}
