package io.forgeline.quality.switching;

/** Whose switching state: an item as one supplier delivers it ("" for the plant's own lots), per defect class. */
public record SwitchingKey(String itemCode, String supplierCode, String defectClass) {

    public SwitchingKey {
        supplierCode = supplierCode == null ? "" : supplierCode;
    }
}
