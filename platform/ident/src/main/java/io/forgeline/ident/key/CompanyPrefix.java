package io.forgeline.ident.key;

import io.forgeline.ident.InvalidCode;

/** What every key builder demands of a GS1 company prefix: 4 to 12 digits, as GS1 allocates them. */
final class CompanyPrefix {

    private CompanyPrefix() {
    }

    static void require(String companyPrefix) {
        CheckDigit.requireDigits(companyPrefix);
        if (companyPrefix.length() < 4 || companyPrefix.length() > 12) {
            throw new InvalidCode("a GS1 company prefix has 4 to 12 digits, not " + companyPrefix.length(), 0);
        }
    }
}
