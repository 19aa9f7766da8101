package io.forgeline.ident.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitTest {

    @ParameterizedTest(name = "{0} has check digit {1}")
    @CsvSource({
        // GS1 General Specifications' worked example (GTIN-13)
        "629104150021, 3",
        // Digital Link standard's example GTIN
        "0950600013435, 2",
        // Tag Data Standard's example GTIN, SSCC and GLN
        "8061414112345, 8",
        "10614141234567890, 8",
        "061414112345, 2",
        // GTIN-8 and GTIN-12
        "9638507, 4",
        "03600029145, 2"
    })
    void computes_the_published_check_digits(String digits, int expected) {
        assertEquals(expected, CheckDigit.compute(digits));
        assertTrue(CheckDigit.isValid(digits + expected));
    }

    @Test
    void every_single_wrong_digit_is_caught() {
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            int length = new int[] {8, 12, 13, 14, 17, 18}[random.nextInt(6)];
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < length - 1; i++) {
                digits.append(random.nextInt(10));
            }
            String number = CheckDigit.append(digits.toString());
            int at = random.nextInt(length);
            char wrong = (char) ('0' + (number.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
            String corrupted = number.substring(0, at) + wrong + number.substring(at + 1);
            assertFalse(CheckDigit.isValid(corrupted), () -> number + " corrupted to " + corrupted + " passed");
        }
    }

    @Test
    void swapping_neighbours_is_caught_unless_they_differ_by_five() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 13; i++) {
                digits.append(random.nextInt(10));
            }
            String number = CheckDigit.append(digits.toString());
            int at = random.nextInt(13);
            char a = number.charAt(at);
            char b = number.charAt(at + 1);
            if (a == b || Math.abs(a - b) == 5) {
                continue; // the mod-10 scheme cannot see these, by design
            }
            String swapped = number.substring(0, at) + b + a + number.substring(at + 2);
            assertFalse(CheckDigit.isValid(swapped), () -> number + " swapped to " + swapped + " passed");
        }
    }

    @Test
    void letters_are_never_a_valid_number() {
        assertFalse(CheckDigit.isValid("095060001343A2"));
        assertFalse(CheckDigit.isValid("2"));
    }
}
