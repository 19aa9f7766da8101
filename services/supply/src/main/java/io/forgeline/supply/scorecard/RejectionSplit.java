package io.forgeline.supply.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure rule: what a usage decision rejected of a lot, charged to the order lines its goods receipt brought the lot on,
 * in the receipt's order, never more to a line than it put into stock. Quality cannot reject more than came in; should
 * a decision say so anyway, the rest is charged to nobody rather than inflate one delivery beyond what it brought.
 */
final class RejectionSplit {

    /** The scale of the tables' quantities. */
    private static final int SCALE = 6;

    private RejectionSplit() {
    }

    /**
     * One receipt line's part of the lot, in the line's own unit: what it put into stock and what earlier decisions
     * already charged to it; {@code basePerUnit} converts the decision's base unit to it.
     */
    record Share(int ordinal, BigDecimal intoStock, BigDecimal charged, BigDecimal basePerUnit) {
    }

    /** What to add to one receipt line's (and its delivery's) rejected quantity, in the line's unit. */
    record Charge(int ordinal, BigDecimal quantity) {
    }

    /** @param rejected in the item's base unit, as quality's dispositions count it */
    static List<Charge> split(BigDecimal rejected, List<Share> shares) {
        List<Charge> charges = new ArrayList<>();
        BigDecimal left = rejected;
        for (Share share : shares) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room = share.intoStock().subtract(share.charged());
            if (room.signum() <= 0) {
                continue;
            }
            BigDecimal wanted = left.divide(share.basePerUnit(), SCALE, RoundingMode.HALF_UP);
            if (wanted.compareTo(room) <= 0) {
                if (wanted.signum() > 0) {
                    charges.add(new Charge(share.ordinal(), wanted));
                }
                break;
            }
            charges.add(new Charge(share.ordinal(), room));
            left = left.subtract(room.multiply(share.basePerUnit()));
        }
        return charges;
    }
}
