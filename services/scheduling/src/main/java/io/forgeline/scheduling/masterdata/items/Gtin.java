package io.forgeline.scheduling.masterdata.items;

/** GS1 check digit of a GTIN-8/12/13/14: a mistyped GTIN would make every scan of the item fail later. */
final class Gtin {

    private Gtin() {
    }

    static boolean hasValidCheckDigit(String gtin) {
        int sum = 0;
        // weights 3,1,3,... from the rightmost digit before the check digit
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }
}
