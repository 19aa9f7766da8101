package io.forgeline.scheduling.masterdata.routing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A machine that may run an operation, at its own speed (an older lathe is slower). */
public record MachineTime(
        @NotBlank(message = "is required") String machineCode,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") Integer setupMinutes,
        @NotNull(message = "is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 8, fraction = 4, message = "must have at most 8 digits before and 4 after the decimal point")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal runMinutesPerUnit) {
}
