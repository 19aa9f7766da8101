package io.forgeline.execution.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The operator finishes an operation and says how many good pieces it made (in the order's unit), and optionally how
 * many were scrapped or go to rework, with their reasons. These add to what partial reports said before.
 */
public record CompleteOperation(
        @NotNull(message = "is required") @PieceCount BigDecimal goodQuantity,
        @PieceCount BigDecimal scrapQuantity,
        @Size(max = 64, message = "must be at most 64 characters") String scrapReasonCode,
        @PieceCount BigDecimal reworkQuantity,
        @Size(max = 64, message = "must be at most 64 characters") String reworkReasonCode) implements ReportedPieces {
}
