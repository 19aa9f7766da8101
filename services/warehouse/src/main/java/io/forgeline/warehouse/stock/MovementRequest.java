package io.forgeline.warehouse.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A movement a clerk books by hand: {@code {"type":"ISSUE","itemCode":"BEARING-6204","lot":"L-BR-2598",
 * "location":"B-02-01","quantity":"5","reason":"to maintenance"}}. ISSUE (unplanned, to maintenance or a lab) and
 * SCRAP take goods out with a reason; TRANSFER moves them to {@code toLocation}. {@code handlingUnit} limits it to the
 * goods on that SSCC; without it loose goods go first, then handling units by SSCC.
 */
public record MovementRequest(@NotNull(message = "is required: ISSUE, SCRAP or TRANSFER") ManualMovement type,
                              @NotBlank(message = "is required") String itemCode,
                              @NotBlank(message = "is required") String lot,
                              @NotBlank(message = "is required") String location,
                              @NotNull(message = "is required") @Positive(message = "must be more than zero")
                              @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                              String unit,
                              String handlingUnit,
                              String toLocation,
                              String reason) {

    /** The movements a person books directly; receipts, picks and quality decisions have their own steps. */
    public enum ManualMovement {
        ISSUE(MovementType.ISSUE), SCRAP(MovementType.SCRAP), TRANSFER(MovementType.TRANSFER);

        final MovementType type;

        ManualMovement(MovementType type) {
            this.type = type;
        }
    }
}
