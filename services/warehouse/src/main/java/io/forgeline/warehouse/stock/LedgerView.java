package io.forgeline.warehouse.stock;

import io.forgeline.platform.quantity.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A lot's movements as people read them, oldest first: quantities signed and shaped as in the stock view, so that
 * per location (and status and handling unit) they add up to the stock shown.
 */
public record LedgerView(List<Movement> movements) {

    public record Movement(UUID id, UUID posting, MovementType type, String itemCode, String lot, LocalDate expiresOn, String location,
                           String handlingUnit, StockStatus status, Quantity quantity, Instant at, String actor, String reason,
                           String reference) {

        static Movement of(StockMovement row) {
            return new Movement(row.id, row.postingId, row.type, row.itemCode, row.lot, row.expiresOn, row.bin, row.sscc, row.status,
                    row.quantity(), row.at, row.actor, row.reason, row.reference);
        }
    }

    public static LedgerView of(List<StockMovement> rows) {
        return new LedgerView(rows.stream().map(Movement::of).toList());
    }
}
