package io.forgeline.scheduling.masterdata.setups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One cell of the matrix: minutes to change a machine over from one product family to another. */
public record Changeover(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String fromFamily,
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String toFamily,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") Integer minutes) {
}
