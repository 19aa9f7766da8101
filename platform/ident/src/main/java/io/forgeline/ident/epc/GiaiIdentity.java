package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;

/** An individual asset (a machine, a tool): company prefix and the asset reference the company gives it. */
public record GiaiIdentity(String companyPrefix, String assetReference) implements PureIdentity {

    public GiaiIdentity {
        EpcUriText.requireCompanyPrefix(companyPrefix);
        if (assetReference.isEmpty() || companyPrefix.length() + assetReference.length() > 30) {
            throw new InvalidCode("a GIAI has at most 30 characters, company prefix included", -1);
        }
        EpcUriText.requireGs1Characters("the asset reference", assetReference, 1, 30 - companyPrefix.length());
    }

    public String giai() {
        return companyPrefix + assetReference;
    }

    @Override
    public String uri() {
        return "urn:epc:id:giai:" + companyPrefix + "." + EpcUriText.escape(assetReference);
    }

    @Override
    public ElementString elementString() {
        return ElementString.parse("(8004)" + giai().replace("(", "\\("));
    }

    @Override
    public EpcScheme scheme() {
        return EpcScheme.GIAI_96;
    }
}
