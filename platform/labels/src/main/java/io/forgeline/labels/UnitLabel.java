package io.forgeline.labels;

import io.forgeline.ident.key.Gtin;
import java.util.Objects;

/** The label on one serialised unit: its item (with the GTIN its SGTIN is made of), its serial number and its lot. */
public record UnitLabel(String itemCode, String description, Gtin gtin, String serial, String lot) {

    public UnitLabel {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(gtin, "gtin: a serialised unit is named by its SGTIN, the GTIN with the serial");
        Objects.requireNonNull(serial, "serial");
    }
}
