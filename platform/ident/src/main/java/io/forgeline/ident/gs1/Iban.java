package io.forgeline.ident.gs1;

/** The ISO 13616 IBAN check (mod 97), for AI 8007. */
final class Iban {

    private Iban() {
    }

    static String problem(String iban) {
        if (iban.length() < 5) {
            return "an IBAN has at least 5 characters";
        }
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 && !letter || i >= 2 && i < 4 && !digit || !letter && !digit) {
                return "'" + c + "' does not belong in an IBAN here";
            }
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1 ? null : "IBAN check digits are wrong";
    }
}
