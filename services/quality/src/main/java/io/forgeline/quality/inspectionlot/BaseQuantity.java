package io.forgeline.quality.inspectionlot;

import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.PurchaseUnits;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity in the item's base unit, what sampling counts and warehouse keeps: goods counted in a purchase unit
 * are converted by the item master's factor (2 BOX of 50 are 100 PCE). An item this copy does not know yet is
 * taken as counted.
 */
public record BaseQuantity(BigDecimal quantity, String unit) {

    /** Empty when the item master knows no conversion from {@code unit}. */
    public static Optional<BaseQuantity> of(Optional<Item> item, BigDecimal quantity, String unit) {
        if (item.isEmpty() || item.get().unit == null || unit == null || unit.isBlank() || unit.equals(item.get().unit)) {
            return Optional.of(new BaseQuantity(quantity, unit == null || unit.isBlank() ? item.map(i -> i.unit).orElse(unit) : unit));
        }
        return PurchaseUnits.factor(item.get(), unit).map(factor -> new BaseQuantity(quantity.multiply(factor), item.get().unit));
    }
}
