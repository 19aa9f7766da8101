package io.forgeline.scheduling.masterdata.items;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a PUT of an item says; {@code version} is the one the planner read (absent when creating).
 * {@code gtin} (empty: none) is read by {@link ItemService} with platform/ident, which says what is wrong with it.
 * {@code purchaseUnits} (absent: none) are the units suppliers deliver it in, other than {@code unit}, each once.
 * {@code serialised} (absent: false) gives each unit made of it a serial number: it needs a GTIN and a unit of pieces.
 */
public record PutItem(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String description,
        @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String unit,
        @NotNull(message = "is required (MAKE or BUY)") MakeOrBuy makeOrBuy,
        String gtin,
        @Size(max = 64, message = "must be at most 64 characters") String productFamily,
        @Size(max = 64, message = "must be at most 64 characters") String supplierCode,
        @Size(max = 10, message = "must be at most 10 units") List<@NotNull(message = "must not be null") @Valid PurchaseUnitInput> purchaseUnits,
        Boolean serialised,
        @PositiveOrZero(message = "must be 0 or more") Long version) {

    /** A unit suppliers deliver the item in: {@code {"unit":"BOX","factor":"50"}} means one BOX holds 50 of the base unit. */
    public record PurchaseUnitInput(
            @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String unit,
            @NotNull(message = "is required") @Positive(message = "must be greater than 0")
            @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal factor) {
    }

    public boolean isSerialised() {
        return Boolean.TRUE.equals(serialised);
    }
}
