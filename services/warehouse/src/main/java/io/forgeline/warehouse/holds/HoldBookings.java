package io.forgeline.warehouse.holds;

import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.HeldStock;
import io.forgeline.warehouse.stock.Holds;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.util.List;
import java.util.Optional;

/**
 * What placing and lifting a hold book, as plain Java: status changes with the hold number as reference, so the ledger
 * shows what each hold blocked and gave back.
 */
final class HoldBookings {

    private HoldBookings() {
    }

    /** Every AVAILABLE balance the hold covers, whole, to BLOCKED; nothing to book when none is there. */
    static Optional<Booking> block(Holds.Hold hold, List<StockBalance> balances) {
        Booking booking = Booking.of(MovementType.STATUS_CHANGE, hold.reason(), hold.number());
        balances.stream()
                .filter(balance -> balance.status == StockStatus.AVAILABLE && balance.itemCode.equals(hold.itemCode()) && hold.covers(balance.lot))
                .forEach(balance -> booking.move(balance, balance.place().withStatus(StockStatus.BLOCKED), balance.quantity));
        return booking.lines().isEmpty() ? Optional.empty() : Optional.of(booking);
    }

    /**
     * Gives back to AVAILABLE the stock holds blocked in the lots the lifted hold covers, except in lots another active
     * hold still covers: those stay blocked. A lot held twice was blocked once, under the hold that came first; if that
     * one is lifted first, its stock stays blocked under its number, so whichever hold is lifted last gives back what
     * any hold on the lot left blocked. Stock blocked for another reason (a rejected lot) is not held stock and stays.
     *
     * @param held     BLOCKED stock of the item that holds blocked, per place
     * @param stillOn  the holds on the item that are still active
     */
    static Optional<Booking> giveBack(Holds.Hold lifted, String why, List<HeldStock> held, List<Holds.Hold> stillOn) {
        Booking booking = Booking.of(MovementType.STATUS_CHANGE, "quality hold " + lifted.number() + " lifted"
                + (why == null || why.isBlank() ? "" : ": " + why), lifted.number());
        held.stream()
                .filter(stock -> lifted.covers(stock.balance().lot) && stillOn.stream().noneMatch(hold -> hold.covers(stock.balance().lot)))
                .filter(stock -> stock.quantity().signum() > 0)
                .forEach(stock -> booking.move(stock.balance(), stock.balance().place().withStatus(StockStatus.AVAILABLE), stock.quantity()));
        return booking.lines().isEmpty() ? Optional.empty() : Optional.of(booking);
    }
}
