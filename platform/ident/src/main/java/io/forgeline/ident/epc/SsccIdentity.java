package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.CheckDigit;
import io.forgeline.ident.key.Sscc;

/** A logistic unit: company prefix and the serial reference led by the SSCC's extension digit. */
public record SsccIdentity(String companyPrefix, String serialReference) implements PureIdentity {

    public SsccIdentity {
        EpcUriText.requireCompanyPrefix(companyPrefix);
        EpcUriText.requireDigitCount("the serial reference", serialReference, 17 - companyPrefix.length());
    }

    public static SsccIdentity of(Sscc sscc, int companyPrefixLength) {
        if (companyPrefixLength < 6 || companyPrefixLength > 12) {
            throw new InvalidCode("an EPC company prefix has 6 to 12 digits, not " + companyPrefixLength, -1);
        }
        String digits = sscc.value();
        return new SsccIdentity(digits.substring(1, 1 + companyPrefixLength),
                digits.charAt(0) + digits.substring(1 + companyPrefixLength, 17));
    }

    public Sscc sscc() {
        return new Sscc(CheckDigit.append(serialReference.charAt(0) + companyPrefix + serialReference.substring(1)));
    }

    @Override
    public String uri() {
        return "urn:epc:id:sscc:" + companyPrefix + "." + serialReference;
    }

    @Override
    public ElementString elementString() {
        return ElementString.parse("(00)" + sscc().value());
    }

    @Override
    public EpcScheme scheme() {
        return EpcScheme.SSCC_96;
    }
}
