package io.forgeline.scheduling.masterdata.routing;

import com.fasterxml.jackson.annotation.JsonFormat;
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
 * One operation of a routing, in and out. Without {@code machines} it runs on any machine of its work center
 * with the operation's own minutes.
 */
public record RoutingStep(
        @NotNull(message = "is required") @Positive(message = "must be greater than 0") Integer sequence,
        @NotBlank(message = "is required") String workCenterCode,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String description,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") Integer setupMinutes,
        @NotNull(message = "is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 8, fraction = 4, message = "must have at most 8 digits before and 4 after the decimal point")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal runMinutesPerUnit,
        Boolean mayPauseAtBreaks,
        @Positive(message = "must be greater than 0")
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal transferBatch,
        List<@NotNull(message = "must not be null") @Valid MachineTime> machines) {

    List<MachineTime> machinesOrNone() {
        return machines == null ? List.of() : machines;
    }
}
