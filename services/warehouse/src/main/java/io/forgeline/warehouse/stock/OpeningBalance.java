package io.forgeline.warehouse.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Stock that was there before Forgeline ran the stores (a go-live stock take), entered through the ledger:
 * {@code {"lines":[{"itemCode":"BEARING-6204","lot":"L-1","location":"B-02-01","quantity":"60","unit":"PCE",
 * "status":"AVAILABLE","expiresOn":"2029-06-30"}]}}.
 */
public record OpeningBalance(@NotEmpty(message = "needs at least one line") List<@Valid @NotNull(message = "is required") Line> lines,
                             String reason) {

    public record Line(@NotBlank(message = "is required") String itemCode,
                       @NotBlank(message = "is required") String lot,
                       @NotBlank(message = "is required") String location,
                       String handlingUnit,
                       @NotNull(message = "is required") @Positive(message = "must be more than zero")
                       @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                       @NotBlank(message = "is required") String unit,
                       @NotNull(message = "is required: AVAILABLE, QUARANTINE or BLOCKED") StockStatus status,
                       LocalDate expiresOn) {
    }
}
