package io.forgeline.ident.key;

import io.forgeline.ident.InvalidCode;

/** A Serial Shipping Container Code: the 18-digit number of one pallet, parcel or other logistic unit. */
public record Sscc(String value) {

    public Sscc {
        CheckDigit.require("SSCC", value, 18);
    }

    public static Sscc parse(String digits) {
        return new Sscc(digits);
    }

    /**
     * Builds an SSCC from the extension digit (0-9, the company's choice to widen its number range), its
     * GS1 company prefix and a serial reference, left-padded with zeros to the 16 digits they share.
     */
    public static Sscc of(int extensionDigit, String companyPrefix, long serialReference) {
        if (extensionDigit < 0 || extensionDigit > 9) {
            throw new InvalidCode("the extension digit must be 0-9, not " + extensionDigit, 0);
        }
        CompanyPrefix.require(companyPrefix);
        int width = 16 - companyPrefix.length();
        String serial = Long.toString(serialReference);
        if (serialReference < 0 || serial.length() > width) {
            throw new InvalidCode("with a " + companyPrefix.length() + "-digit company prefix the serial reference "
                    + "must be 0.." + "9".repeat(width) + ", not " + serialReference, companyPrefix.length());
        }
        return new Sscc(CheckDigit.append(extensionDigit + companyPrefix + "0".repeat(width - serial.length()) + serial));
    }

    public int extensionDigit() {
        return value.charAt(0) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
