package io.forgeline.warehouse.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void a_14_digit_gtin_with_a_leading_zero_is_also_its_13_digit_ean() {
        assertEquals(Set.of("4012345678901", "04012345678901"), Gtin.spellings("04012345678901"));
    }

    @Test
    void a_upc_is_found_under_all_its_longer_spellings() {
        assertEquals(Set.of("012345678905", "0012345678905", "00012345678905"), Gtin.spellings("012345678905"));
    }

    @Test
    void a_gtin_8_padded_to_14_digits_is_still_the_gtin_8() {
        assertTrue(Gtin.spellings("00000096385074").contains("96385074"));
    }

    @Test
    void only_8_12_13_or_14_digits_are_a_gtin() {
        assertTrue(Gtin.wellFormed("96385074"));
        assertTrue(Gtin.wellFormed("04012345678901"));
        assertFalse(Gtin.wellFormed("4012345"));
        assertFalse(Gtin.wellFormed("401234567890123"));
        assertFalse(Gtin.wellFormed("40123456789O1"));
    }
}
