package io.forgeline.supply.supplier;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The terms an item is ordered on from a supplier. Left out: no minimum, any multiple, tolerance +10 %.
 *
 * @param overDeliveryTolerance per cent of a line an ASN may announce beyond it
 */
public record ItemTerms(String supplierItemNumber,
                        @Min(value = 0, message = "must be 0 or more") @Max(value = 365, message = "must be at most 365") Integer leadTimeDays,
                        @PositiveOrZero(message = "must be 0 or more") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumOrderQuantity,
                        @PositiveOrZero(message = "must be 0 or more") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal orderMultiple,
                        @PositiveOrZero(message = "must be 0 or more") @Max(value = 100, message = "must be at most 100")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overDeliveryTolerance) {
}
