package io.forgeline.labels;

import io.forgeline.ident.key.Gtin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The label on a finished lot as it comes off the line: the item, its description, the lot, how much of it, its expiry
 * and the order that made it. {@code gtin}, {@code description}, {@code expiry} and {@code orderNumber} may be null.
 */
public record LotLabel(String itemCode, String description, Gtin gtin, String lot, BigDecimal quantity, String unit, LocalDate expiry,
                       String orderNumber) {

    public LotLabel {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }
}
