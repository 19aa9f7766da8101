package io.forgeline.platform.quantity;

import java.math.BigDecimal;

/** Decimals as people write them: 19.990000 from the database is shown as 19.99, and 50.0 as 50. */
public final class Decimals {

    private Decimals() {
    }

    /** Null stays null (an absent limit is not zero). */
    public static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
