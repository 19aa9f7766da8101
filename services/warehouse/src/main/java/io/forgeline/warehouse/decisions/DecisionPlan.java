package io.forgeline.warehouse.decisions;

import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a usage decision books, as plain Java: each disposition in order takes from the inspected quarantine (the
 * named handling units, or the lot's whole quarantine), unit by unit in SSCC then bin order, so a decision is booked
 * the same way however often it is replayed. A decision that asks for more than the quarantine holds books nothing.
 */
final class DecisionPlan {

    private DecisionPlan() {
    }

    static List<Booking> bookings(UsageDecisionMade decision, List<StockBalance> quarantined) {
        if (decision.getDispositionsCount() == 0) {
            throw refused(decision, "has no dispositions");
        }
        Set<String> units = Set.copyOf(decision.getHandlingUnitsList());
        List<StockBalance> inspected = quarantined.stream()
                .filter(balance -> units.isEmpty() || balance.sscc != null && units.contains(balance.sscc))
                .sorted(Comparator.comparing((StockBalance b) -> b.sscc == null ? "" : b.sscc).thenComparing(b -> b.bin))
                .toList();
        Map<StockBalance, BigDecimal> left = new IdentityHashMap<>();
        inspected.forEach(balance -> left.put(balance, balance.quantity));
        BigDecimal held = inspected.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal decided = BigDecimal.ZERO;
        List<Booking> bookings = new ArrayList<>();
        for (Disposition disposition : decision.getDispositionsList()) {
            BigDecimal quantity = quantityOf(decision, disposition);
            decided = decided.add(quantity);
            if (decided.compareTo(held) > 0) {
                throw refused(decision, "decides on " + Amounts.plain(decided) + " " + disposition.getQuantity().getUnit()
                        + " but the inspected quarantine of lot " + decision.getLot() + " holds " + Amounts.plain(held));
            }
            Booking booking = bookingFor(decision, disposition);
            BigDecimal open = quantity;
            for (StockBalance balance : inspected) {
                BigDecimal taken = open.min(left.get(balance));
                if (taken.signum() > 0) {
                    requireUnit(decision, disposition, balance);
                    if (booking.type() == MovementType.SCRAP) {
                        booking.take(balance, taken);
                    } else {
                        booking.move(balance, balance.place().withStatus(statusAfter(disposition.getAction())), taken);
                    }
                    left.put(balance, left.get(balance).subtract(taken));
                    open = open.subtract(taken);
                }
            }
            bookings.add(booking);
        }
        return bookings;
    }

    private static Booking bookingFor(UsageDecisionMade decision, Disposition disposition) {
        String why = disposition.getReason().isBlank() ? "" : ": " + disposition.getReason();
        String reference = decision.getInspectionLotNumber().isBlank() ? decision.getInspectionLotId() : decision.getInspectionLotNumber();
        return switch (disposition.getAction()) {
            case RELEASE -> Booking.of(MovementType.STATUS_CHANGE, "released by quality" + why, reference);
            case BLOCK -> Booking.of(MovementType.STATUS_CHANGE, "blocked by quality" + why, reference);
            case SCRAP -> Booking.of(MovementType.SCRAP, "scrapped by quality" + why, reference);
            case RETURN_TO_SUPPLIER -> Booking.of(MovementType.STATUS_CHANGE, "to be returned to supplier "
                    + decision.getSupplierCode() + why, reference);
            default -> throw refused(decision, "has a disposition without a known action (" + disposition.getActionValue() + ")");
        };
    }

    private static BigDecimal quantityOf(UsageDecisionMade decision, Disposition disposition) {
        return Amounts.positive(disposition.getQuantity().getAmount()).orElseThrow(() -> refused(decision,
                "has a disposition of \"" + disposition.getQuantity().getAmount() + "\", not a positive quantity"));
    }

    private static void requireUnit(UsageDecisionMade decision, Disposition disposition, StockBalance balance) {
        if (!balance.unit.equals(disposition.getQuantity().getUnit())) {
            throw refused(decision, "decides in " + disposition.getQuantity().getUnit() + " but " + decision.getItemCode()
                    + " is kept in " + balance.unit);
        }
    }

    private static PoisonEvent refused(UsageDecisionMade decision, String why) {
        return new PoisonEvent("usage decision " + decision.getDecisionId() + " on " + decision.getInspectionLotNumber() + " ("
                + decision.getItemCode() + " lot " + decision.getLot() + ") " + why);
    }

    /** Released stock may be used; blocked stock, and stock waiting to go back to its supplier, may not. */
    private static StockStatus statusAfter(UsageAction action) {
        return action == UsageAction.RELEASE ? StockStatus.AVAILABLE : StockStatus.BLOCKED;
    }
}
