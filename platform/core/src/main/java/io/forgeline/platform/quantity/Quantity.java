package io.forgeline.platform.quantity;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a unit of measure. Arithmetic refuses to mix units: 5 KG + 3 PCE is a bug, not 8.
 * JSON carries the amount as a string ("12.5") so no client parses it into a binary float.
 */
public record Quantity(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String unit) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Quantity of(String amount, String unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public static Quantity zero(String unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(sameUnit(other).amount), unit);
    }

    @JsonIgnore // a fact about the amount, not a field of the JSON
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    private Quantity sameUnit(Quantity other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
