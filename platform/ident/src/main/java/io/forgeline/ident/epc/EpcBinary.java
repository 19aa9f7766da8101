package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;

/**
 * The binary (hex) form of 96-bit EPCs: header, filter, partition, company prefix, reference, and the
 * serial, extension or reserved bits. Decoding refuses unknown headers, partition 7, and fields whose
 * value does not fit their digits, because a tag with such bits was not written by a TDS encoder.
 */
public final class EpcBinary {

    private static final int HEADER_BITS = 8;
    private static final int FILTER_AT = 8;
    private static final int PARTITION_AT = 11;
    private static final int COMPANY_PREFIX_AT = 14;

    private EpcBinary() {
    }

    /** Whether the text is 24 hex digits starting with the header of a scheme this library decodes. */
    public static boolean hasKnownHeader(String hex) {
        if (hex.length() != BitString.BITS / 4) {
            return false;
        }
        int high = Character.digit(hex.charAt(0), 16);
        int low = Character.digit(hex.charAt(1), 16);
        return high >= 0 && low >= 0 && EpcScheme.byHeader(high * 16 + low) != null;
    }

    public static EpcTag decode(String hex) {
        BitString bits = BitString.fromHex(hex);
        int header = (int) bits.read(0, HEADER_BITS);
        EpcScheme scheme = EpcScheme.byHeader(header);
        if (scheme == null) {
            throw new InvalidCode(String.format("EPC header %02X is not one this library decodes "
                    + "(30 SGTIN-96, 31 SSCC-96, 32 SGLN-96, 33 GRAI-96, 34 GIAI-96)", header), 0);
        }
        int filter = (int) bits.read(FILTER_AT, 3);
        int partition = (int) bits.read(PARTITION_AT, 3);
        if (partition == 7) {
            throw new InvalidCode("partition value 7 is not defined", PARTITION_AT / 4);
        }
        int prefixBits = EpcScheme.COMPANY_PREFIX_BITS[partition];
        int prefixDigits = scheme.companyPrefixDigits(partition);
        long prefix = bits.read(COMPANY_PREFIX_AT, prefixBits);
        requireFits("company prefix", prefix, prefixDigits, COMPANY_PREFIX_AT);
        int referenceAt = COMPANY_PREFIX_AT + prefixBits;
        int referenceBits = scheme.referenceBits(partition);
        int referenceDigits = scheme.referenceDigits(partition);
        long reference = bits.read(referenceAt, referenceBits);
        requireFits("reference", reference, referenceDigits, referenceAt);
        int tailAt = referenceAt + referenceBits;
        long tail = scheme.tailBits() == 0 ? 0 : bits.read(tailAt, scheme.tailBits());
        String companyPrefix = padded(prefix, prefixDigits);
        String paddedReference = padded(reference, referenceDigits);
        PureIdentity identity = switch (scheme) {
            case SGTIN_96 -> new SgtinIdentity(companyPrefix, paddedReference, Long.toString(tail));
            case SSCC_96 -> {
                if (tail != 0) {
                    throw new InvalidCode("the 24 reserved bits of an SSCC-96 must be zero", tailAt / 4);
                }
                yield new SsccIdentity(companyPrefix, paddedReference);
            }
            case SGLN_96 -> new SglnIdentity(companyPrefix, paddedReference, Long.toString(tail));
            case GRAI_96 -> new GraiIdentity(companyPrefix, paddedReference, Long.toString(tail));
            case GIAI_96 -> new GiaiIdentity(companyPrefix, Long.toString(reference));
        };
        return new EpcTag(scheme, filter, identity);
    }

    static String encode(EpcTag tag) {
        EpcScheme scheme = tag.scheme();
        int partition = tag.partition();
        PureIdentity identity = tag.identity();
        BitString bits = new BitString();
        bits.write(0, HEADER_BITS, scheme.header());
        bits.write(FILTER_AT, 3, tag.filter());
        bits.write(PARTITION_AT, 3, partition);
        int prefixBits = EpcScheme.COMPANY_PREFIX_BITS[partition];
        bits.write(COMPANY_PREFIX_AT, prefixBits, Long.parseLong(identity.companyPrefix()));
        int referenceAt = COMPANY_PREFIX_AT + prefixBits;
        int referenceBits = scheme.referenceBits(partition);
        int tailAt = referenceAt + referenceBits;
        switch (identity) {
            case SgtinIdentity sgtin -> {
                bits.write(referenceAt, referenceBits, Long.parseLong(sgtin.itemReference()));
                bits.write(tailAt, scheme.tailBits(), Long.parseLong(sgtin.serial()));
            }
            case SsccIdentity sscc -> bits.write(referenceAt, referenceBits, Long.parseLong(sscc.serialReference()));
            case SglnIdentity sgln -> {
                bits.write(referenceAt, referenceBits, number(sgln.locationReference()));
                bits.write(tailAt, scheme.tailBits(), Long.parseLong(sgln.extension()));
            }
            case GraiIdentity grai -> {
                bits.write(referenceAt, referenceBits, number(grai.assetType()));
                bits.write(tailAt, scheme.tailBits(), Long.parseLong(grai.serial()));
            }
            case GiaiIdentity giai -> bits.write(referenceAt, referenceBits, Long.parseLong(giai.assetReference()));
        }
        return bits.toHex();
    }

    private static long number(String digits) {
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static void requireFits(String field, long value, int digits, int bitOffset) {
        if (digits < 19 && value >= pow10(digits)) {
            throw new InvalidCode("the " + field + " field holds " + value + ", more than its " + digits + " digits allow",
                    bitOffset / 4);
        }
    }

    private static long pow10(int digits) {
        long value = 1;
        for (int i = 0; i < digits; i++) {
            value *= 10;
        }
        return value;
    }

    private static String padded(long value, int digits) {
        if (digits == 0) {
            return "";
        }
        String text = Long.toString(value);
        return "0".repeat(digits - text.length()) + text;
    }
}
