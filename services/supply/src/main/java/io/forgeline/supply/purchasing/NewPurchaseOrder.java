package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's purchase order: {@code {"supplierCode":"ACME","lines":[{"itemCode":"BEARING-6204","quantity":"500",
 * "requestedDate":"2026-12-10"}]}}, sent to the supplier at once unless {@code "send": false}.
 */
public record NewPurchaseOrder(@NotBlank(message = "is required") String supplierCode,
                               @NotEmpty(message = "needs at least one line") @Valid List<@NotNull(message = "is required") Line> lines,
                               Boolean send) {

    /** One line; the unit is the item master's when not given. */
    public record Line(@NotBlank(message = "is required") String itemCode,
                       @NotNull(message = "is required") @Positive(message = "must be more than zero")
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                       String unit,
                       @NotNull(message = "is required") LocalDate requestedDate) {
    }

    boolean sendNow() {
        return send == null || send;
    }
}
