package io.forgeline.ident.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.InvalidCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementStringParserTest {

    static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC);
    static final String GS = "\u001d";

    private final ElementStringParser parser = new ElementStringParser(MID_2026);

    private ElementString parse(String input) {
        return parser.parse(input.replace("<GS>", GS));
    }

    private InvalidCode refusal(String input) {
        return assertThrows(InvalidCode.class, () -> parse(input));
    }

    @ParameterizedTest(name = "{0} reads as {2} from {1}")
    @CsvSource(delimiter = '|', value = {
        // GS1 General Specifications / Digital Link standard example data, as each carrier transmits it
        "]C1010950600013435217261231<GS>10ABC   | gs1-128    | (01)09506000134352(17)261231(10)ABC",
        "]d201095060001343521726123110ABC       | datamatrix | (01)09506000134352(17)261231(10)ABC",
        "]Q3010950600013435210ABC<GS>17261231   | qr         | (01)09506000134352(10)ABC(17)261231",
        "]e00109506000134352                    | databar    | (01)09506000134352",
        "]J10109506000134352                    | dotcode    | (01)09506000134352",
        "010950600013435217261231<GS>10ABC      | plain      | (01)09506000134352(17)261231(10)ABC",
        "<GS>010950600013435210ABC              | plain      | (01)09506000134352(10)ABC",
        "(01)09506000134352(17)261231(10)ABC    | bracketed  | (01)09506000134352(17)261231(10)ABC",
        "(01) 09506000134352 (10) ABC           | bracketed  | (01)09506000134352(10)ABC",
        // SSCC label: SSCC, content GTIN, count (GS1 logistic label guideline)
        "]C100106141412345678908020061414112345237144<GS>10LOT1 | gs1-128 | (00)106141412345678908(02)00614141123452(37)144(10)LOT1",
        // variable measure: weight with implied decimals, then a variable-length AI at the end
        "]C1019061414112345531030012501526123121SN-0001 | gs1-128 | (01)90614141123455(3103)001250(15)261231(21)SN-0001"
    })
    void reads_published_element_strings_from_every_carrier(String input, String source, String bracketed) {
        ElementString data = parse(input);
        assertEquals(source, data.source().label());
        assertEquals(bracketed, data.bracketed());
    }

    @Test
    void a_datamatrix_with_its_leading_d2_reads_the_same_as_gs1_128() {
        assertEquals(parse("]C1010950600013435217261231<GS>10ABC"), parse("]d2010950600013435217261231<GS>10ABC"));
    }

    @Test
    void a_variable_length_ai_at_the_end_needs_no_separator() {
        ElementString data = parse("]C10109506000134352" + "21" + "ABC-123/45");
        assertEquals("ABC-123/45", data.serial().orElseThrow());
    }

    @Test
    void a_trailing_separator_is_tolerated() {
        assertEquals("ABC", parse("]C1010950600013435210ABC<GS>").lot().orElseThrow());
    }

    @Test
    void a_lot_followed_by_an_expiry_without_separator_is_refused_as_ambiguous() {
        InvalidCode refusal = refusal("]C1010950600013435210ABC17261231");
        assertEquals(24, refusal.position(), "points at the (17) hidden inside the lot");
        assertTrue(refusal.getMessage().contains("(17) 261231"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("GS separator"), refusal.getMessage());
    }

    @Test
    void a_lot_followed_by_an_expiry_and_a_serial_without_separators_is_refused_too() {
        assertEquals(24, refusal("]C1010950600013435210ABC1726123121XYZ").position());
    }

    @Test
    void the_same_lot_and_expiry_with_a_separator_read_fine() {
        ElementString data = parse("]C1010950600013435210ABC<GS>17261231");
        assertEquals("ABC", data.lot().orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 31), data.expiry().orElseThrow());
    }

    @Test
    void digits_in_a_lot_that_cannot_be_an_element_are_just_part_of_the_lot() {
        assertEquals("L2024-17", parse("]C1010950600013435210L2024-17").lot().orElseThrow());
        assertEquals("A17261399", parse("]C1010950600013435210A17261399").lot().orElseThrow(), "month 13 is no date");
    }

    @Test
    void a_serial_without_a_gtin_is_refused_at_the_serial() {
        InvalidCode refusal = refusal("]C121ABC123");
        assertEquals(3, refusal.position());
        assertEquals("(21) SERIAL needs (01), (03) or (8006) in the same data", refusal.getMessage());
    }

    @Test
    void an_expiry_needs_a_trade_item_to_belong_to() {
        assertTrue(refusal("(17)261231").getMessage().contains("needs (01), (02), (03), (255), (8006) or (8026)"));
    }

    @Test
    void an_unknown_application_identifier_is_refused_where_it_starts() {
        InvalidCode refusal = refusal("]C10109506000134352236ABC");
        assertEquals(19, refusal.position());
        assertEquals("(236) is not a GS1 Application Identifier", refusal.getMessage());
        assertEquals("no GS1 Application Identifier starts with 19", refusal("]C1010950600013435219ABC").getMessage());
        assertEquals(21, refusal("]C1010950600013435223ABC").position(), "235 is an AI, so the A is where digits should be");
    }

    @Test
    void a_weight_with_more_decimals_than_gs1_defines_is_an_unknown_ai() {
        InvalidCode refusal = refusal("]C101095060001343523106001250");
        assertEquals(19, refusal.position());
        assertEquals("(3106) is not a GS1 Application Identifier", refusal.getMessage());
    }

    @Test
    void a_wrong_gtin_check_digit_is_refused_at_the_gtin() {
        InvalidCode refusal = refusal("(01)09506000134353");
        assertEquals(4, refusal.position());
        assertEquals("(01) GTIN: check digit 3 is wrong: 0950600013435 needs 2", refusal.getMessage());
    }

    @Test
    void a_short_gtin_is_refused_where_its_digits_run_out() {
        InvalidCode refusal = refusal("]C101095060001343");
        assertEquals(17, refusal.position());
        assertTrue(refusal.getMessage().startsWith("(01) GTIN needs 14 digits, got 12"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "(01)09506000134352(17)261231 | 2026-12-31",
        "(01)09506000134352(17)260200 | 2026-02-28",
        "(01)09506000134352(17)280200 | 2028-02-29",
        "(01)09506000134352(15)991231 | 1999-12-31",
        "(01)09506000134352(15)751231 | 2075-12-31",
        "(01)09506000134352(15)770101 | 1977-01-01"
    })
    void dates_follow_the_century_rule_and_day_00_is_the_end_of_the_month(String input, LocalDate date) {
        assertEquals(date, parse(input).elements().get(1).date().orElseThrow());
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
        "(01)09506000134352(17)261301 | 22 | month 13",
        "(01)09506000134352(17)260230 | 22 | day 30",
        "(01)09506000134352(17)270229 | 22 | day 29"
    })
    void impossible_dates_are_refused(String input, int position, String reason) {
        InvalidCode refusal = refusal(input);
        assertEquals(position, refusal.position());
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
    }

    @Test
    void a_production_date_may_also_end_in_00() {
        assertEquals(LocalDate.of(2026, 1, 31), parse("(01)09506000134352(11)260100").elements().get(1).date().orElseThrow());
    }

    @ParameterizedTest(name = "({1}) {2} reads as {3}")
    @CsvSource(delimiter = '|', value = {
        "(01)09506000134352(3103)001250              | 3103 | 001250 | 1.250",
        "(01)09506000134352(3200)000150              | 3200 | 000150 | 150",
        "(01)99506000134355(30)3(3922)1599           | 3922 | 1599   | 15.99",
        "(01)99506000134355(30)3(3932)9781599        | 3932 | 9781599| 15.99"
    })
    void decimal_ais_place_the_implied_decimal_point(String input, String ai, String value, BigDecimal decimal) {
        Element element = parse(input).element(ai).orElseThrow();
        assertEquals(value, element.value());
        assertEquals(decimal, element.decimal().orElseThrow());
    }

    @Test
    void an_amount_with_currency_names_the_currency() {
        assertEquals("EUR", parse("(01)99506000134355(30)3(3932)9781599").element("3932").orElseThrow()
                .currency().orElseThrow().getCurrencyCode());
        assertEquals(29, refusal("(01)99506000134355(30)3(3932)0001599").position(), "000 is no currency");
    }

    @Test
    void two_net_weights_in_different_precisions_must_not_appear_together() {
        InvalidCode refusal = refusal("(01)09506000134352(3103)001250(3102)012500");
        assertEquals("(3103) NET WEIGHT (kg) and (3102) NET WEIGHT (kg) must not appear together", refusal.getMessage());
        assertEquals(30, refusal.position());
    }

    @Test
    void the_same_ai_twice_with_different_data_is_refused_but_a_repeat_is_harmless() {
        assertEquals(25, refusal("(01)09506000134352(10)ABC(10)ABD").position());
        assertEquals(2, parse("(01)09506000134352(10)ABC").elements().size());
        assertEquals(3, parse("(01)09506000134352(10)ABC(10)ABC").elements().size());
    }

    @Test
    void a_gtin_and_a_content_gtin_exclude_each_other() {
        assertTrue(refusal("(01)09506000134352(02)09506000134352(37)5").getMessage().contains("must not appear together"));
    }

    @Test
    void a_lot_longer_than_twenty_characters_is_refused_with_a_hint_about_the_separator() {
        InvalidCode refusal = refusal("]C1010950600013435210ABCDEFGHIJKLMNOPQRSTU");
        assertEquals(41, refusal.position());
        assertTrue(refusal.getMessage().contains("GS separator missing"), refusal.getMessage());
    }

    @Test
    void a_fixed_length_ai_outside_the_predefined_list_still_needs_its_separator() {
        InvalidCode refusal = refusal("]C10109506000134352422276" + "10ABC");
        assertTrue(refusal.getMessage().startsWith("(422) ORIGIN holds at most 3 characters"), refusal.getMessage());
    }

    @Test
    void characters_outside_gs1_character_set_82_are_refused_where_they_stand() {
        InvalidCode refusal = refusal("]C1010950600013435210AB C");
        assertEquals(23, refusal.position());
        assertEquals("' ' is not allowed in (10) BATCH/LOT, which takes GS1 character set 82 here", refusal.getMessage());
    }

    @Test
    void a_separator_inside_a_fixed_length_field_is_refused() {
        assertEquals(14, refusal("]C101095060001<GS>34352").position());
    }

    @Test
    void two_separators_in_a_row_are_refused() {
        assertEquals(25, refusal("]C1010950600013435210ABC<GS><GS>17261231").position());
    }

    @Test
    void a_symbology_identifier_that_does_not_announce_gs1_is_refused() {
        assertEquals(0, refusal("]C0010950600013435210ABC").position());
    }

    @Test
    void an_escaped_bracket_belongs_to_the_data() {
        ElementString data = parse("(01)09506000134352(10)A\\(1)(21)7");
        assertEquals("A(1)", data.lot().orElseThrow());
        assertEquals("(01)09506000134352(10)A\\(1)(21)7", data.bracketed());
    }

    @Test
    void a_global_model_number_must_carry_the_right_check_characters() {
        assertEquals("1987654Ad4X4bL5ttr2310c2K", parse("(8013)1987654Ad4X4bL5ttr2310c2K").value("8013").orElseThrow());
        assertTrue(refusal("(8013)1987654Ad4X4bL5ttr2310c2L").getMessage().contains("needs 2K"));
    }

    @Test
    void an_iban_must_pass_its_mod_97_check() {
        String valid = "(415)5412345678908(8020)ABC123(8007)GB82WEST12345698765432";
        assertEquals("GB82WEST12345698765432", parse(valid).value("8007").orElseThrow());
        assertTrue(refusal(valid.replace("GB82", "GB83")).getMessage().contains("IBAN"));
    }

    @Test
    void transmitted_form_puts_separators_only_after_variable_length_fields_that_are_not_last() {
        ElementString data = parse("(01)09506000134352(10)ABC(17)261231(21)XYZ");
        assertEquals("0109506000134352" + "10ABC" + GS + "17261231" + "21XYZ", data.transmitted());
        assertEquals(data, parser.parse("]C1" + data.transmitted()));
    }
}
