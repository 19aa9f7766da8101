package io.forgeline.warehouse.nonconformances;

import io.forgeline.contracts.quality.v1.NcrAction;
import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an NCR disposition books, as plain Java, against the lot's BLOCKED stock (where a rejection put it): USE_AS_IS
 * moves it to AVAILABLE in place, SCRAP takes it out of stock, RETURN_TO_SUPPLIER takes it out as a return to the
 * supplier; REWORK and REPAIR book nothing, the stock stays BLOCKED until the work is done. The stock is taken place by
 * place, oldest first (then by bin and handling unit), so a disposition is booked the same way however often it is
 * replayed. A disposition of more than the lot's BLOCKED stock books nothing: it is refused whole.
 */
final class DispositionPlan {

    /** Oldest first; within one receipt by bin, loose goods before handling units, then by SSCC. */
    static final Comparator<StockBalance> OLDEST_FIRST = Comparator
            .comparing((StockBalance b) -> b.receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(b -> b.bin)
            .thenComparing(b -> b.sscc, Comparator.nullsFirst(Comparator.naturalOrder()));

    private DispositionPlan() {
    }

    /** The booking of a disposition, empty for REWORK and REPAIR; {@code blocked}: the lot's BLOCKED balances. */
    static Optional<Booking> booking(NcrDispositionDecided decided, List<StockBalance> blocked) {
        BigDecimal quantity = quantityOf(decided);
        Optional<Booking> booking = bookingFor(decided);
        if (booking.isEmpty()) {
            return booking;
        }
        if (decided.getLot().isBlank()) {
            throw refused(decided, "names no lot: only a lot's BLOCKED stock can be booked");
        }
        List<StockBalance> sources = blocked.stream()
                .filter(b -> b.status == StockStatus.BLOCKED && b.itemCode.equals(decided.getItemCode()) && b.lot.equals(decided.getLot()))
                .sorted(OLDEST_FIRST)
                .toList();
        sources.forEach(balance -> requireUnit(decided, balance));
        BigDecimal held = sources.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (quantity.compareTo(held) > 0) {
            throw refused(decided, "disposes of " + Amounts.plain(quantity) + " " + decided.getQuantity().getUnit() + " but lot "
                    + decided.getLot() + " holds " + Amounts.plain(held) + " BLOCKED; nothing booked");
        }
        BigDecimal open = quantity;
        for (StockBalance balance : sources) {
            if (open.signum() == 0) {
                break;
            }
            BigDecimal taken = open.min(balance.quantity);
            if (decided.getAction() == NcrAction.NCR_ACTION_USE_AS_IS) {
                booking.get().move(balance, balance.place().withStatus(StockStatus.AVAILABLE), taken);
            } else {
                booking.get().take(balance, taken);
            }
            open = open.subtract(taken);
        }
        return booking;
    }

    private static Optional<Booking> bookingFor(NcrDispositionDecided decided) {
        String reason = decided.getReason().isBlank() ? "" : decided.getReason();
        String why = reason.isEmpty() ? "" : ": " + reason;
        String reference = decided.getNcrNumber();
        return switch (decided.getAction()) {
            // the ledger's reason is quality's own: the NCR number beside it says it was a use-as-is disposition
            case NCR_ACTION_USE_AS_IS -> Optional.of(Booking.of(MovementType.STATUS_CHANGE,
                    reason.isEmpty() ? "used as is by quality" : reason, reference));
            case NCR_ACTION_SCRAP -> Optional.of(Booking.of(MovementType.SCRAP, "scrapped by quality" + why, reference));
            // a type of its own, not SHIPMENT (a customer's delivery); the reason names the supplier, which stock rows do not carry
            case NCR_ACTION_RETURN_TO_SUPPLIER -> Optional.of(Booking.of(MovementType.SUPPLIER_RETURN, "returned to supplier"
                    + (decided.getSupplierCode().isBlank() ? "" : " " + decided.getSupplierCode()) + why, reference));
            // execution's rework orders work on the stock where it lies; it stays BLOCKED until quality decides again
            case NCR_ACTION_REWORK, NCR_ACTION_REPAIR -> Optional.empty();
            default -> throw refused(decided, "has no known action (" + decided.getActionValue() + ")");
        };
    }

    static BigDecimal quantityOf(NcrDispositionDecided decided) {
        return Amounts.positive(decided.getQuantity().getAmount()).orElseThrow(() -> refused(decided,
                "is of \"" + decided.getQuantity().getAmount() + "\", not a positive quantity"));
    }

    private static void requireUnit(NcrDispositionDecided decided, StockBalance balance) {
        if (!balance.unit.equals(decided.getQuantity().getUnit())) {
            throw refused(decided, "is in " + decided.getQuantity().getUnit() + " but " + decided.getItemCode() + " is kept in " + balance.unit);
        }
    }

    static PoisonEvent refused(NcrDispositionDecided decided, String why) {
        return new PoisonEvent("disposition " + decided.getDispositionId() + " of " + decided.getNcrNumber() + " ("
                + decided.getAction().name().replace("NCR_ACTION_", "") + " of " + decided.getItemCode() + " lot " + decided.getLot()
                + ") " + why);
    }
}
