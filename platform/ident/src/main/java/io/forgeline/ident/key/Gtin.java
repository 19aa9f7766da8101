package io.forgeline.ident.key;

import io.forgeline.ident.InvalidCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Global Trade Item Number, always held as its 14-digit form (GTIN-8, -12 and -13 padded with leading
 * zeros, as in AI (01)), so two scans of the same item compare equal whatever barcode they came from.
 */
public record Gtin(String value) {

    public Gtin {
        CheckDigit.require("GTIN", value, 14);
    }

    /** Reads a GTIN-8, -12, -13 or -14, check digit included. */
    public static Gtin parse(String digits) {
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            CheckDigit.requireDigits(digits);
            throw new InvalidCode("a GTIN has 8, 12, 13 or 14 digits, not " + length, Math.min(length, 14));
        }
        CheckDigit.require("GTIN-" + length, digits, length);
        return new Gtin("0".repeat(14 - length) + digits);
    }

    /**
     * Builds a GTIN-14 from the indicator digit (0 for the item itself, 1-8 for packaging levels, 9 for
     * variable measure), the GS1 company prefix and the item reference, which together have 12 digits.
     */
    public static Gtin of(int indicator, String companyPrefix, String itemReference) {
        if (indicator < 0 || indicator > 9) {
            throw new InvalidCode("the indicator digit must be 0-9, not " + indicator, 0);
        }
        CompanyPrefix.require(companyPrefix);
        CheckDigit.requireDigits(itemReference);
        if (companyPrefix.length() + itemReference.length() != 12) {
            throw new InvalidCode("company prefix and item reference must have 12 digits together, not "
                    + (companyPrefix.length() + itemReference.length()), companyPrefix.length());
        }
        return new Gtin(CheckDigit.append(indicator + companyPrefix + itemReference));
    }

    /** 0 for a base unit, 1-8 for packaging levels, 9 for a variable measure item. */
    public int indicator() {
        return value.charAt(0) - '0';
    }

    /** The shortest GTIN form this number fits, as printed under EAN/UPC barcodes (8, 12, 13 or 14 digits). */
    public String shortest() {
        if (value.startsWith("000000")) {
            return value.substring(6);
        }
        if (value.startsWith("00")) {
            return value.substring(2);
        }
        return value.charAt(0) == '0' ? value.substring(1) : value;
    }

    /**
     * Every form this number takes in an item master that stores GTINs as printed: the 14-digit form and,
     * where the leading zeros allow, the 13-, 12- and 8-digit ones (longest first). A label's (01) always has
     * 14 digits while a master often holds the 13-digit EAN or the 12-digit UPC; these all name one item.
     */
    public List<String> spellings() {
        List<String> spellings = new ArrayList<>(4);
        for (int length : new int[] {14, 13, 12, 8}) {
            if (value.chars().limit(14 - length).allMatch(digit -> digit == '0')) {
                spellings.add(value.substring(14 - length));
            }
        }
        return List.copyOf(spellings);
    }

    @Override
    public String toString() {
        return value;
    }
}
