package io.forgeline.scheduling.masterdata.plant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A machine as the planner sets it up; a {@code status} in the body is ignored (execution reports it). */
public record PutMachine(
        @NotBlank(message = "is required") String workCenterCode,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required") String calendarCode,
        @PositiveOrZero(message = "must be 0 or more") Long version) {
}
