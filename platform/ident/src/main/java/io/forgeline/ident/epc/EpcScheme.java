package io.forgeline.ident.epc;

import java.util.List;

/**
 * The 96-bit EPC schemes this library encodes and decodes: header, partition table and what the bits
 * after company prefix and reference hold. Every scheme shares the company prefix partition: partition
 * p gives the prefix 12 - p digits (40, 37, 34, 30, 27, 24 or 20 bits).
 */
public enum EpcScheme {
    SGTIN_96(0x30, "sgtin-96", "sgtin", new int[] {4, 7, 10, 14, 17, 20, 24}, 13, 38,
            List.of("all others", "point of sale trade item", "full case for transport", "reserved",
                    "inner pack trade item grouping for handling", "reserved", "unit load",
                    "unit inside trade item or component inside a product")),
    SSCC_96(0x31, "sscc-96", "sscc", new int[] {18, 21, 24, 28, 31, 34, 38}, 17, 24,
            List.of("all others", "reserved", "full case for transport", "reserved", "reserved", "reserved",
                    "unit load", "reserved")),
    SGLN_96(0x32, "sgln-96", "sgln", new int[] {1, 4, 7, 11, 14, 17, 21}, 12, 41, allOthersThenReserved()),
    GRAI_96(0x33, "grai-96", "grai", new int[] {4, 7, 10, 14, 17, 20, 24}, 12, 38, allOthersThenReserved()),
    GIAI_96(0x34, "giai-96", "giai", new int[] {42, 45, 48, 52, 55, 58, 62}, 25, 0,
            List.of("all others", "rail vehicle", "reserved", "reserved", "reserved", "reserved", "reserved", "reserved"));

    static final int[] COMPANY_PREFIX_BITS = {40, 37, 34, 30, 27, 24, 20};

    private final int header;
    private final String tagName;
    private final String identityName;
    private final int[] referenceBits;
    private final int digitsTogether;
    private final int tailBits;
    private final List<String> filters;

    EpcScheme(int header, String tagName, String identityName, int[] referenceBits, int digitsTogether, int tailBits,
            List<String> filters) {
        this.header = header;
        this.tagName = tagName;
        this.identityName = identityName;
        this.referenceBits = referenceBits;
        this.digitsTogether = digitsTogether;
        this.tailBits = tailBits;
        this.filters = filters;
    }

    /** The 8-bit header that opens the binary encoding, e.g. 0x30 for SGTIN-96. */
    public int header() {
        return header;
    }

    /** The name in tag URIs, e.g. "sgtin-96". */
    public String tagName() {
        return tagName;
    }

    /** The name in pure identity URIs, e.g. "sgtin". */
    public String identityName() {
        return identityName;
    }

    /** What the tag's filter value tells a reader about the tagged object (TDS filter value tables). */
    public String filterMeaning(int filter) {
        return filters.get(filter);
    }

    int companyPrefixDigits(int partition) {
        return 12 - partition;
    }

    int referenceBits(int partition) {
        return referenceBits[partition];
    }

    /** Digits of the reference after a company prefix of that partition (for GIAI: at most that many). */
    int referenceDigits(int partition) {
        return digitsTogether - companyPrefixDigits(partition);
    }

    int tailBits() {
        return tailBits;
    }

    static EpcScheme byHeader(int header) {
        for (EpcScheme scheme : values()) {
            if (scheme.header == header) {
                return scheme;
            }
        }
        return null;
    }

    static EpcScheme byTagName(String name) {
        for (EpcScheme scheme : values()) {
            if (scheme.tagName.equals(name)) {
                return scheme;
            }
        }
        return null;
    }

    private static List<String> allOthersThenReserved() {
        return List.of("all others", "reserved", "reserved", "reserved", "reserved", "reserved", "reserved", "reserved");
    }
}
