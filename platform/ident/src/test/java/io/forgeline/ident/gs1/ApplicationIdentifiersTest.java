package io.forgeline.ident.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationIdentifiersTest {

    @Test
    void the_table_holds_every_gs1_application_identifier_with_its_ranges_expanded() {
        assertTrue(ApplicationIdentifiers.all().size() > 480, "AIs: " + ApplicationIdentifiers.all().size());
        assertTrue(ApplicationIdentifiers.find("3105").isPresent());
        assertFalse(ApplicationIdentifiers.find("3106").isPresent(), "310n stops at 5 decimals");
        assertTrue(ApplicationIdentifiers.find("99").isPresent());
        assertFalse(ApplicationIdentifiers.find("23").isPresent());
    }

    @Test
    void exactly_the_predefined_length_ais_go_without_separator() {
        Set<String> prefixes = new TreeSet<>();
        for (ApplicationIdentifier ai : ApplicationIdentifiers.all()) {
            if (ai.predefinedLength()) {
                prefixes.add(ai.code().substring(0, 2));
                assertEquals(ai.minLength(), ai.maxLength(), ai + " must have a fixed length");
            }
        }
        assertEquals(Set.of("00", "01", "02", "03", "11", "12", "13", "15", "16", "17", "20", "31", "32", "33", "34",
                "35", "36", "41"), prefixes);
    }

    @ParameterizedTest(name = "({0}) {1}: {2}..{3}, predefined length {4}, numeric {5}")
    @CsvSource({
        "00, SSCC, 18, 18, true, true",
        "01, GTIN, 14, 14, true, true",
        "10, BATCH/LOT, 1, 20, false, false",
        "17, USE BY or EXPIRY, 6, 6, true, true",
        "21, SERIAL, 1, 20, false, false",
        "253, GDTI, 13, 30, false, false",
        "3103, NET WEIGHT (kg), 6, 6, true, true",
        "3932, PRICE, 4, 18, false, true",
        "422, ORIGIN, 3, 3, false, true",
        "8003, GRAI, 14, 30, false, false",
        "8030, DIGSIG, 1, 90, false, false"
    })
    void each_ai_knows_its_title_lengths_and_separator(String code, String title, int min, int max,
            boolean predefined, boolean numeric) {
        ApplicationIdentifier ai = ApplicationIdentifiers.get(code);
        assertEquals(title, ai.title());
        assertEquals(min, ai.minLength());
        assertEquals(max, ai.maxLength());
        assertEquals(predefined, ai.predefinedLength());
        assertEquals(numeric, ai.numeric());
    }

    @Test
    void decimal_ais_take_their_decimal_places_from_the_last_digit() {
        assertEquals(3, ApplicationIdentifiers.get("3103").decimalPlaces());
        assertEquals(0, ApplicationIdentifiers.get("3200").decimalPlaces());
        assertEquals(2, ApplicationIdentifiers.get("3922").decimalPlaces());
        assertEquals(-1, ApplicationIdentifiers.get("10").decimalPlaces());
    }

    @Test
    void a_gtin_is_a_digital_link_key_qualified_by_cpv_lot_and_serial_in_that_order() {
        ApplicationIdentifier gtin = ApplicationIdentifiers.get("01");
        assertTrue(gtin.digitalLinkKey());
        assertEquals(List.of(List.of("22", "10", "21"), List.of("235")), gtin.qualifierSequences());
        assertFalse(ApplicationIdentifiers.get("21").digitalLinkAttribute(), "a serial is a qualifier, never a query parameter");
        assertTrue(ApplicationIdentifiers.get("17").digitalLinkAttribute());
    }

    @Test
    void every_ai_has_a_title_and_the_first_two_digits_fix_its_length() {
        for (ApplicationIdentifier ai : ApplicationIdentifiers.all()) {
            assertFalse(ai.title().isBlank(), ai.code());
            assertEquals(ai.code().length(), ApplicationIdentifiers.lengthOfAiAt(ai.code(), 0), ai.code());
        }
    }
}
