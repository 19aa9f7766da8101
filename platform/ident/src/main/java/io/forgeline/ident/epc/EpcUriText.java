package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;

/**
 * The escaping EPC URIs use for the characters of GS1 data that URIs reserve (TDS: " % & / < > ? are
 * written %22 %25 %26 %2F %3C %3E %3F), and the checks on URI fields.
 */
final class EpcUriText {

    private static final boolean[] CSET_82 = new boolean[128];

    static {
        for (char c : "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".toCharArray()) {
            CSET_82[c] = true;
        }
    }

    private EpcUriText() {
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("%22");
                case '%' -> out.append("%25");
                case '&' -> out.append("%26");
                case '/' -> out.append("%2F");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '?' -> out.append("%3F");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Decodes an escaped field that starts at {@code position} in the URI. */
    static String unescape(String field, int position) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%') {
                int high = i + 1 < field.length() ? Character.digit(field.charAt(i + 1), 16) : -1;
                int low = i + 2 < field.length() ? Character.digit(field.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidCode("'%' must be followed by two hex digits", position + i);
                }
                out.append((char) (high * 16 + low));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void requireDigits(String what, String field, int position) {
        if (field.isEmpty()) {
            return;
        }
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) < '0' || field.charAt(i) > '9') {
                throw new InvalidCode(what + " must be digits, not '" + field.charAt(i) + "'", position < 0 ? -1 : position + i);
            }
        }
    }

    static void requireGs1Characters(String what, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new InvalidCode(what + " must have " + min + " to " + max + " characters, not " + value.length(), -1);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128 || !CSET_82[c]) {
                throw new InvalidCode(what + " may not hold '" + value.charAt(i) + "'", -1);
            }
        }
    }

    static void requireCompanyPrefix(String companyPrefix) {
        requireDigits("the company prefix", companyPrefix, -1);
        if (companyPrefix.length() < 6 || companyPrefix.length() > 12) {
            throw new InvalidCode("an EPC company prefix has 6 to 12 digits, not " + companyPrefix.length(), -1);
        }
    }

    static void requireDigitCount(String what, String field, int digits) {
        requireDigits(what, field, -1);
        if (field.length() != digits) {
            throw new InvalidCode(what + " must have " + digits + " digits with this company prefix, not " + field.length(), -1);
        }
    }
}
