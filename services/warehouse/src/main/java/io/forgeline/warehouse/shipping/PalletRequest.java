package io.forgeline.warehouse.shipping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Cartons of a delivery put onto one new pallet: their SSCCs as scanned (or typed). */
public record PalletRequest(@NotEmpty(message = "needs at least one handling unit of the delivery") @Size(max = 200, message = "must be at most 200")
                            List<@NotNull(message = "must not be null") @NotBlank(message = "must not be blank") String> units) {
}
