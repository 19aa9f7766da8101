package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;

/** The 96 bits of an EPC, read and written as unsigned fields of up to 63 bits, most significant first. */
final class BitString {

    static final int BITS = 96;

    private final byte[] bytes = new byte[BITS / 8];

    static BitString fromHex(String hex) {
        if (hex.length() != BITS / 4) {
            throw new InvalidCode("a 96-bit EPC has 24 hex digits, not " + hex.length(), Math.min(hex.length(), BITS / 4));
        }
        BitString bits = new BitString();
        for (int i = 0; i < hex.length(); i++) {
            int nibble = Character.digit(hex.charAt(i), 16);
            if (nibble < 0) {
                throw new InvalidCode("'" + hex.charAt(i) + "' is not a hex digit", i);
            }
            bits.bytes[i / 2] |= (byte) (i % 2 == 0 ? nibble << 4 : nibble);
        }
        return bits;
    }

    long read(int offset, int width) {
        long value = 0;
        for (int bit = offset; bit < offset + width; bit++) {
            value = value << 1 | (bytes[bit >> 3] >> (7 - (bit & 7)) & 1);
        }
        return value;
    }

    void write(int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            int bit = offset + width - 1 - i;
            if ((value >>> i & 1) != 0) {
                bytes[bit >> 3] |= (byte) (1 << (7 - (bit & 7)));
            }
        }
    }

    String toHex() {
        StringBuilder hex = new StringBuilder(BITS / 4);
        for (byte b : bytes) {
            hex.append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return hex.toString();
    }
}
