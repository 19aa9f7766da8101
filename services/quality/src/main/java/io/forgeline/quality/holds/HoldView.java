package io.forgeline.quality.holds;

import java.time.Instant;
import java.util.UUID;

/** A hold as people read it; {@code status} is ON or LIFTED. */
public record HoldView(UUID id, String number, String itemCode, String lot, String supplierCode, String subject, String status,
                       String reason, Instant placedAt, String placedBy, Instant liftedAt, String liftedBy, String liftReason) {

    static HoldView of(Hold hold) {
        return new HoldView(hold.id, hold.number, hold.itemCode, hold.lot, hold.supplierCode, hold.subject(), hold.on() ? "ON" : "LIFTED",
                hold.reason, hold.placedAt, hold.placedBy, hold.liftedAt, hold.liftedBy, hold.liftReason);
    }
}
