package io.forgeline.execution.progress;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A partial report on an operation under way: good, scrapped and to-be-reworked pieces since the last report (each
 * left out is 0, at least one more than 0), scrap and rework with their reason codes.
 */
public record ReportQuantities(
        @PieceCount BigDecimal goodQuantity,
        @PieceCount BigDecimal scrapQuantity,
        @Size(max = 64, message = "must be at most 64 characters") String scrapReasonCode,
        @PieceCount BigDecimal reworkQuantity,
        @Size(max = 64, message = "must be at most 64 characters") String reworkReasonCode) implements ReportedPieces {
}
