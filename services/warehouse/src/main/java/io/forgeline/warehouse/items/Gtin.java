package io.forgeline.warehouse.items;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Pure rule: the spellings of one GTIN. A GS1-128 label always carries 14 digits (AI 01), the item master
 * often holds the 13-digit EAN or 12-digit UPC of the same number; leading zeros do not change a GTIN.
 */
final class Gtin {

    private static final int[] LENGTHS = {8, 12, 13, 14};

    private Gtin() {
    }

    static boolean wellFormed(String gtin) {
        if (!gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        for (int length : LENGTHS) {
            if (gtin.length() == length) {
                return true;
            }
        }
        return false;
    }

    /** Every length-8/12/13/14 spelling of {@code gtin}, zero-padded on the left. */
    static Set<String> spellings(String gtin) {
        String significant = gtin.replaceFirst("^0+", "");
        Set<String> spellings = new LinkedHashSet<>();
        for (int length : LENGTHS) {
            if (significant.length() <= length) {
                spellings.add("0".repeat(length - significant.length()) + significant);
            }
        }
        return spellings;
    }
}
