package io.forgeline.ident.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.ident.InvalidCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtinTest {

    @ParameterizedTest(name = "{0} is GTIN-14 {1}")
    @CsvSource({
        "96385074, 00000096385074",
        "036000291452, 00036000291452",
        "6291041500213, 06291041500213",
        "80614141123458, 80614141123458"
    })
    void every_gtin_length_is_held_as_fourteen_digits(String printed, String held) {
        assertEquals(held, Gtin.parse(printed).value());
        assertEquals(printed, Gtin.parse(printed).shortest());
    }

    @Test
    void a_wrong_check_digit_is_refused_at_the_check_digit() {
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> Gtin.parse("6291041500214"));
        assertEquals(12, refusal.position());
        assertEquals("GTIN-13 6291041500214 has check digit 4 but its digits need 3", refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4012345", "12345678901", "401234567890123"})
    void a_gtin_of_any_length_but_8_12_13_or_14_digits_does_not_exist(String digits) {
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> Gtin.parse(digits));
        assertEquals("a GTIN has 8, 12, 13 or 14 digits, not " + digits.length(), refusal.getMessage());
    }

    @Test
    void a_letter_is_refused_where_it_stands() {
        assertEquals(3, assertThrows(InvalidCode.class, () -> Gtin.parse("629X041500213")).position());
    }

    @Test
    void a_gtin_is_built_from_indicator_company_prefix_and_item_reference() {
        Gtin gtin = Gtin.of(8, "0614141", "12345");
        assertEquals("80614141123458", gtin.value());
        assertEquals(8, gtin.indicator());
    }

    @Test
    void company_prefix_and_item_reference_must_make_twelve_digits() {
        assertThrows(InvalidCode.class, () -> Gtin.of(0, "0614141", "1234"));
    }

    @Test
    void a_gtin_14_with_a_leading_zero_is_also_spelled_as_its_13_digit_ean() {
        assertEquals(List.of("04012345678901", "4012345678901"), Gtin.parse("04012345678901").spellings());
    }

    @Test
    void a_upc_is_spelled_with_12_13_and_14_digits() {
        assertEquals(List.of("00012345678905", "0012345678905", "012345678905"), Gtin.parse("012345678905").spellings());
    }

    @Test
    void a_gtin_8_padded_to_14_digits_is_still_spelled_as_the_gtin_8() {
        assertEquals(List.of("00000096385074", "0000096385074", "000096385074", "96385074"),
                Gtin.parse("00000096385074").spellings());
    }

    @Test
    void a_gtin_14_with_a_packaging_indicator_has_only_its_14_digit_spelling() {
        assertEquals(List.of("80614141123458"), Gtin.parse("80614141123458").spellings());
    }
}
