package io.forgeline.ident.key;

import io.forgeline.ident.InvalidCode;

/**
 * The GS1 mod-10 check digit (GTIN-8/12/13/14, SSCC, GLN, GSRN, GDTI, GSIN...): digits weighted 3 and 1
 * alternately from the right, the check digit rounds the sum up to a multiple of ten. It catches every
 * single wrong digit and most swaps of neighbours, which is why every numeric key carries one.
 */
public final class CheckDigit {

    private CheckDigit() {
    }

    /** The check digit for the digits in {@code text[from, to)}, which must all be 0-9. */
    public static int compute(CharSequence text, int from, int to) {
        int sum = 0;
        boolean three = true; // the rightmost data digit weighs 3
        for (int i = to - 1; i >= from; i--) {
            int digit = text.charAt(i) - '0';
            sum += three ? digit * 3 : digit;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** The check digit for a string of data digits (the key without its check digit). */
    public static int compute(CharSequence digits) {
        requireDigits(digits);
        return compute(digits, 0, digits.length());
    }

    /** Whether {@code text[from, to)} is all digits and its last digit is the right check digit. */
    public static boolean isValid(CharSequence text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return compute(text, from, to - 1) == text.charAt(to - 1) - '0';
    }

    /** Whether the whole string is digits ending in the right check digit. */
    public static boolean isValid(CharSequence number) {
        return isValid(number, 0, number.length());
    }

    /** The data digits followed by their check digit. */
    public static String append(String digits) {
        return digits + compute(digits);
    }

    /**
     * Refuses {@code number} unless it is exactly {@code length} digits with a right check digit; the
     * message says what the check digit should have been.
     */
    static void require(String what, String number, int length) {
        requireDigits(number);
        if (number.length() != length) {
            throw new InvalidCode(what + " must have " + length + " digits, not " + number.length(),
                    Math.min(number.length(), length));
        }
        int expected = compute(number, 0, length - 1);
        if (number.charAt(length - 1) - '0' != expected) {
            throw new InvalidCode(what + " " + number + " has check digit " + number.charAt(length - 1)
                    + " but its digits need " + expected, length - 1);
        }
    }

    static void requireDigits(CharSequence digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidCode("'" + c + "' is not a digit", i);
            }
        }
    }
}
