package io.forgeline.scheduling.masterdata.bom;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.quantity.Decimals;
import io.forgeline.scheduling.masterdata.BomLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * One line of a BOM, in and out: how much of the component one parent needs, the share lost as scrap and the
 * operation of the parent's routing that consumes it ({@code operationSequence}; null: the first operation).
 */
public record BomComponent(
        @NotBlank(message = "is required") String componentCode,
        @NotNull(message = "is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantityPer,
        @DecimalMin(value = "0", message = "must be 0 or more")
        @DecimalMax(value = "1", inclusive = false, message = "must be less than 1 (0.02 means 2 % scrap)")
        @Digits(integer = 1, fraction = 6, message = "must have at most 6 decimal places")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal scrapFactor,
        @Positive(message = "must be greater than 0") Integer operationSequence) {

    static BomComponent of(BomLine line) {
        return new BomComponent(line.componentCode(), Decimals.tidy(line.quantityPer), Decimals.tidy(line.scrapFactor),
                line.operationSequence);
    }
}
