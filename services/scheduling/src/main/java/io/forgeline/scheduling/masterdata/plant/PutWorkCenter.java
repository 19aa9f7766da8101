package io.forgeline.scheduling.masterdata.plant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record PutWorkCenter(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @PositiveOrZero(message = "must be 0 or more") Long version) {
}
