package io.forgeline.ident.digitallink;

import io.forgeline.ident.InvalidCode;

/**
 * Percent-encoding of Digital Link path segments and query values. Everything but RFC 3986's unreserved
 * characters is encoded on the way out, which is always safe and makes one canonical spelling.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                // GS1 data is ASCII (character set 82), so one byte per character
                out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Decodes {@code text[from, to)}; {@code from} is also the position reported for a bad escape. */
    static String decode(String text, int from, int to) {
        if (text.indexOf('%', from) < 0 || text.indexOf('%', from) >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int high = i + 1 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < to ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new InvalidCode("'%' must be followed by two hex digits", i);
            }
            out.append((char) (high * 16 + low));
            i += 2;
        }
        return out.toString();
    }
}
