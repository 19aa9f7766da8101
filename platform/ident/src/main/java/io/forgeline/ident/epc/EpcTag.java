package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import java.math.BigInteger;

/**
 * An EPC as a 96-bit tag carries it: scheme, filter value (what kind of object, so readers can select
 * e.g. only pallets) and the pure identity. Construction refuses identities the 96-bit scheme cannot
 * hold, such as an alphanumeric serial, instead of truncating them.
 */
public record EpcTag(EpcScheme scheme, int filter, PureIdentity identity) {

    public EpcTag {
        if (filter < 0 || filter > 7) {
            throw new InvalidCode("the filter value is 0-7, not " + filter, -1);
        }
        if (identity.scheme() != scheme) {
            throw new InvalidCode(scheme.tagName() + " cannot encode an " + identity.scheme().identityName(), -1);
        }
        switch (identity) {
            case SgtinIdentity sgtin -> requireNumber("SGTIN-96 serial", sgtin.serial(), 38);
            case SglnIdentity sgln -> requireNumber("SGLN-96 extension", sgln.extension(), 41);
            case GraiIdentity grai -> requireNumber("GRAI-96 serial", grai.serial(), 38);
            case GiaiIdentity giai -> {
                requireNumber("GIAI-96 asset reference", giai.assetReference(), scheme.referenceBits(partition(giai)));
                if (giai.assetReference().length() > scheme.referenceDigits(partition(giai))) {
                    throw new InvalidCode("GIAI-96 takes at most " + scheme.referenceDigits(partition(giai))
                            + " digits of asset reference after a " + giai.companyPrefix().length() + "-digit company prefix", -1);
                }
            }
            case SsccIdentity sscc -> {
                // every valid SSCC identity fits SSCC-96
            }
        }
    }

    public static EpcTag of(PureIdentity identity, int filter) {
        return new EpcTag(identity.scheme(), filter, identity);
    }

    /** The partition value: which of the seven splits between company prefix and reference the tag uses. */
    public int partition() {
        return partition(identity);
    }

    /** The tag URI, e.g. urn:epc:tag:sgtin-96:3.0614141.812345.6789. */
    public String tagUri() {
        String pure = identity.uri();
        String fields = pure.substring(pure.indexOf(':', "urn:epc:id:".length()) + 1);
        return "urn:epc:tag:" + scheme.tagName() + ":" + filter + "." + fields;
    }

    /** The 24 hex digits of the EPC bank, upper case. */
    public String hex() {
        return EpcBinary.encode(this);
    }

    public String filterMeaning() {
        return scheme.filterMeaning(filter);
    }

    private static int partition(PureIdentity identity) {
        return 12 - identity.companyPrefix().length();
    }

    private static void requireNumber(String what, String value, int bits) {
        boolean digits = !value.isEmpty();
        for (int i = 0; i < value.length() && digits; i++) {
            digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
        }
        boolean fits = digits && (value.length() <= 18 ? Long.parseLong(value) < 1L << bits : new BigInteger(value).bitLength() <= bits);
        if (!fits || value.length() > 1 && value.charAt(0) == '0') {
            throw new InvalidCode(what + " '" + value + "' cannot be encoded: it takes only whole numbers up to "
                    + BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) + " without leading zeros", -1);
        }
    }
}
