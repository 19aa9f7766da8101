package io.forgeline.ident.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.ident.InvalidCode;
import org.junit.jupiter.api.Test;

class SsccAndGlnTest {

    @Test
    void an_sscc_is_built_from_extension_digit_company_prefix_and_serial_reference() {
        // Tag Data Standard example: extension 1, prefix 0614141, serial reference 234567890
        Sscc sscc = Sscc.of(1, "0614141", 234567890);
        assertEquals("106141412345678908", sscc.value());
        assertEquals(1, sscc.extensionDigit());
    }

    @Test
    void a_short_serial_reference_is_padded_with_zeros() {
        assertEquals("006141410000000425", Sscc.of(0, "0614141", 42).value());
    }

    @Test
    void a_serial_reference_too_long_for_the_prefix_is_refused() {
        assertThrows(InvalidCode.class, () -> Sscc.of(0, "0614141", 1_000_000_000L));
    }

    @Test
    void an_sscc_with_a_wrong_check_digit_is_refused() {
        assertEquals(17, assertThrows(InvalidCode.class, () -> Sscc.parse("106141412345678909")).position());
    }

    @Test
    void a_gln_is_built_from_company_prefix_and_location_reference() {
        assertEquals("0614141123452", Gln.of("0614141", "12345").value());
    }

    @Test
    void a_company_prefix_of_three_digits_is_refused() {
        assertThrows(InvalidCode.class, () -> Gln.of("061", "414112345"));
    }
}
