package io.forgeline.warehouse.stock;

import io.forgeline.contracts.common.v1.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/** How the warehouse writes a quantity for people and for events: "50", never "50.000000" or "5E+1". */
public final class Amounts {

    private Amounts() {
    }

    public static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    /** An event's amount when it is a positive decimal; empty for anything else, which the caller refuses in its words. */
    public static Optional<BigDecimal> positive(String amount) {
        try {
            BigDecimal quantity = new BigDecimal(amount);
            return quantity.signum() > 0 ? Optional.of(quantity) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The api-contracts quantity of an event. */
    public static Quantity proto(BigDecimal amount, String unit) {
        return Quantity.newBuilder().setAmount(plain(amount)).setUnit(unit).build();
    }
}
