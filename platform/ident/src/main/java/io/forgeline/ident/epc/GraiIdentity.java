package io.forgeline.ident.epc;

import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.CheckDigit;

/** A returnable asset (crate, pallet, keg): asset type under a company prefix, and a serial. */
public record GraiIdentity(String companyPrefix, String assetType, String serial) implements PureIdentity {

    public GraiIdentity {
        EpcUriText.requireCompanyPrefix(companyPrefix);
        EpcUriText.requireDigitCount("the asset type", assetType, 12 - companyPrefix.length());
        EpcUriText.requireGs1Characters("the serial", serial, 1, 16);
    }

    /** The GRAI as AI (8003) holds it: 0, the 13-digit asset type number with its check digit, the serial. */
    public String grai() {
        return "0" + CheckDigit.append(companyPrefix + assetType) + serial;
    }

    @Override
    public String uri() {
        return "urn:epc:id:grai:" + companyPrefix + "." + assetType + "." + EpcUriText.escape(serial);
    }

    @Override
    public ElementString elementString() {
        return ElementString.parse("(8003)" + grai().replace("(", "\\("));
    }

    @Override
    public EpcScheme scheme() {
        return EpcScheme.GRAI_96;
    }
}
