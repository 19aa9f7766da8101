package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;

/** A serialised trade item: GTIN (as company prefix + indicator-led item reference) and serial. */
public record SgtinIdentity(String companyPrefix, String itemReference, String serial) implements PureIdentity {

    public SgtinIdentity {
        EpcUriText.requireCompanyPrefix(companyPrefix);
        EpcUriText.requireDigitCount("the item reference", itemReference, 13 - companyPrefix.length());
        EpcUriText.requireGs1Characters("the serial", serial, 1, 20);
    }

    /** Splits a GTIN at its company prefix, which the GTIN itself does not reveal. */
    public static SgtinIdentity of(Gtin gtin, String serial, int companyPrefixLength) {
        if (companyPrefixLength < 6 || companyPrefixLength > 12) {
            throw new InvalidCode("an EPC company prefix has 6 to 12 digits, not " + companyPrefixLength, -1);
        }
        String digits = gtin.value();
        return new SgtinIdentity(digits.substring(1, 1 + companyPrefixLength),
                digits.charAt(0) + digits.substring(1 + companyPrefixLength, 13), serial);
    }

    public Gtin gtin() {
        return Gtin.of(itemReference.charAt(0) - '0', companyPrefix, itemReference.substring(1));
    }

    @Override
    public String uri() {
        return "urn:epc:id:sgtin:" + companyPrefix + "." + itemReference + "." + EpcUriText.escape(serial);
    }

    @Override
    public ElementString elementString() {
        return ElementString.parse("(01)" + gtin().value() + "(21)" + serial.replace("(", "\\("));
    }

    @Override
    public EpcScheme scheme() {
        return EpcScheme.SGTIN_96;
    }
}
