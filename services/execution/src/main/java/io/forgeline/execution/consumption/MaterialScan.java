package io.forgeline.execution.consumption;

import java.util.List;

/**
 * What a scan names of the material: the items its GTIN belongs to (empty when it named no trade item), and a lot, a
 * handling unit (SSCC) or a serial number (empty strings when it named none).
 */
record MaterialScan(List<String> itemCodes, String lot, String sscc, String serial) {

    boolean namesItem() {
        return !itemCodes.isEmpty();
    }

    /** How the operator would say what they scanned: "lot L-4711", "handling unit 0…", "serial 12 of BEARING-6204". */
    String described() {
        if (!sscc.isEmpty()) {
            return "handling unit " + sscc;
        }
        String items = itemCodes.isEmpty() ? "" : " of " + String.join("/", itemCodes);
        return (serial.isEmpty() ? "lot " + lot : "serial " + serial) + items;
    }
}
