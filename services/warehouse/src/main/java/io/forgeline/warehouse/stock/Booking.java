package io.forgeline.warehouse.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Movements booked together, all or none: a receipt of a handling unit's lines, a move (minus at the source,
 * plus at the destination), an issue. Quantities are signed, in the stock's base unit.
 *
 * @param reference what it was for (ASN, PO, MO, inspection lot, count), as people read it
 */
public record Booking(MovementType type, String reason, String reference, List<Line> lines) {

    /**
     * @param expiresOn  the lot's expiry, for a balance this line creates
     * @param receivedAt when the lot first came in, for a balance this line creates
     */
    public record Line(StockPlace place, BigDecimal quantity, String unit, LocalDate expiresOn, Instant receivedAt) {

        public boolean takes() {
            return quantity.signum() < 0;
        }
    }

    public static Booking of(MovementType type, String reason, String reference) {
        return new Booking(type, reason, reference, new ArrayList<>());
    }

    /** Goods coming in (or going out, with a negative quantity) at one place. */
    public Booking add(StockPlace place, BigDecimal quantity, String unit, LocalDate expiresOn, Instant receivedAt) {
        lines.add(new Line(place, quantity, unit, expiresOn, receivedAt));
        return this;
    }

    /** Takes {@code quantity} out of a balance. */
    public Booking take(StockBalance from, BigDecimal quantity) {
        return add(from.place(), quantity.negate(), from.unit, from.expiresOn, from.receivedAt);
    }

    /** Moves {@code quantity} of a balance to another place (another bin, handling unit or status); its lot facts go with it. */
    public Booking move(StockBalance from, StockPlace to, BigDecimal quantity) {
        take(from, quantity);
        return add(to, quantity, from.unit, from.expiresOn, from.receivedAt);
    }
}
