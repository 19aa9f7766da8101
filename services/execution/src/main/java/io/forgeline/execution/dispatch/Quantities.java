package io.forgeline.execution.dispatch;

import java.math.BigDecimal;

/** Pieces an operator reports on an operation, in the order's unit: good, scrapped, and to be reworked. None negative. */
public record Quantities(BigDecimal good, BigDecimal scrap, BigDecimal rework) {

    public static final Quantities NONE = new Quantities(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Quantities {
        good = orZero(good);
        scrap = orZero(scrap);
        rework = orZero(rework);
        if (good.signum() < 0 || scrap.signum() < 0 || rework.signum() < 0) {
            throw new IllegalArgumentException("reported quantities are never negative");
        }
    }

    public boolean isNothing() {
        return good.signum() == 0 && scrap.signum() == 0 && rework.signum() == 0;
    }

    Quantities plus(Quantities more) {
        return new Quantities(good.add(more.good), scrap.add(more.scrap), rework.add(more.rework));
    }

    private static BigDecimal orZero(BigDecimal quantity) {
        return quantity == null ? BigDecimal.ZERO : quantity;
    }
}
