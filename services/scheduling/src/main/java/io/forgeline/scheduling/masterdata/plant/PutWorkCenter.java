package io.forgeline.scheduling.masterdata.plant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A work center as a planner writes it; {@code requiresStaging} absent means false. */
public record PutWorkCenter(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        Boolean requiresStaging,
        @PositiveOrZero(message = "must be 0 or more") Long version) {

    boolean staging() {
        return Boolean.TRUE.equals(requiresStaging);
    }
}
