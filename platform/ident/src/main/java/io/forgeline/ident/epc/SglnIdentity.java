package io.forgeline.ident.epc;

import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gln;

/** A physical location: GLN as company prefix + location reference, and an extension ("0" for none). */
public record SglnIdentity(String companyPrefix, String locationReference, String extension) implements PureIdentity {

    public SglnIdentity {
        EpcUriText.requireCompanyPrefix(companyPrefix);
        EpcUriText.requireDigitCount("the location reference", locationReference, 12 - companyPrefix.length());
        EpcUriText.requireGs1Characters("the extension", extension, 1, 20);
    }

    public Gln gln() {
        return Gln.of(companyPrefix, locationReference);
    }

    @Override
    public String uri() {
        return "urn:epc:id:sgln:" + companyPrefix + "." + locationReference + "." + EpcUriText.escape(extension);
    }

    @Override
    public ElementString elementString() {
        String ext = extension.equals("0") ? "" : "(254)" + extension.replace("(", "\\(");
        return ElementString.parse("(414)" + gln().value() + ext);
    }

    @Override
    public EpcScheme scheme() {
        return EpcScheme.SGLN_96;
    }
}
