package io.forgeline.ident.key;

import io.forgeline.ident.InvalidCode;

/** A Global Location Number: 13 digits naming a party or a physical place (a dock door, a plant). */
public record Gln(String value) {

    public Gln {
        CheckDigit.require("GLN", value, 13);
    }

    public static Gln parse(String digits) {
        return new Gln(digits);
    }

    /** Builds a GLN from a GS1 company prefix and a location reference that together have 12 digits. */
    public static Gln of(String companyPrefix, String locationReference) {
        CompanyPrefix.require(companyPrefix);
        CheckDigit.requireDigits(locationReference);
        if (companyPrefix.length() + locationReference.length() != 12) {
            throw new InvalidCode("company prefix and location reference must have 12 digits together, not "
                    + (companyPrefix.length() + locationReference.length()), companyPrefix.length());
        }
        return new Gln(CheckDigit.append(companyPrefix + locationReference));
    }

    @Override
    public String toString() {
        return value;
    }
}
