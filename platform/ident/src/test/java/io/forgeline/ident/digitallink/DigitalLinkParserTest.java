package io.forgeline.ident.digitallink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.Gs1Syntax;
import io.forgeline.ident.gs1.Source;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalLinkParserTest {

    private final DigitalLinkParser parser =
            new DigitalLinkParser(new Gs1Syntax(Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC)));

    private InvalidCode refusal(String uri) {
        return assertThrows(InvalidCode.class, () -> parser.parse(uri));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // examples in the style of the GS1 Digital Link standard
        "https://id.gs1.org/01/09506000134352                                  | (01)09506000134352",
        "https://id.gs1.org/01/09506000134352/10/ABC?17=261231                 | (01)09506000134352(10)ABC(17)261231",
        "https://id.gs1.org/01/09506000134352/10/ABC1/21/12345                 | (01)09506000134352(10)ABC1(21)12345",
        "https://example.com/01/09506000134352/22/2A/10/ABC%2F123/21/XYZ?17=261231&3103=000195 | (01)09506000134352(22)2A(10)ABC/123(21)XYZ(17)261231(3103)000195",
        "https://brand.example.com/some/path/01/09506000134352/21/S1?linkType=gs1:pip | (01)09506000134352(21)S1",
        "http://id.gs1.org/01/9506000134352                                    | (01)09506000134352",
        "https://id.gs1.org/00/106141412345678908?02=00614141123452&37=25      | (00)106141412345678908(02)00614141123452(37)25",
        "https://id.gs1.org/414/0614141123452/254/5678                         | (414)0614141123452(254)5678",
        "https://id.gs1.org/8003/006141411234525678                            | (8003)006141411234525678",
        "https://id.gs1.org/01/09506000134352/235/TPX-1                        | (01)09506000134352(235)TPX-1",
        "https://id.gs1.org/01/09506000134352/21/S1#section                    | (01)09506000134352(21)S1",
        "https://id.gs1.org/01/09506000134352/                                 | (01)09506000134352"
    })
    void reads_digital_links_into_element_strings(String uri, String bracketed) {
        ElementString data = parser.parse(uri);
        assertEquals(bracketed, data.bracketed());
        assertEquals(Source.DIGITAL_LINK, data.source());
    }

    @Test
    void qualifiers_out_of_order_are_refused_at_the_late_qualifier() {
        String uri = "https://id.gs1.org/01/09506000134352/21/XYZ/10/ABC";
        InvalidCode refusal = refusal(uri);
        assertEquals(uri.indexOf("/10/") + 1, refusal.position());
        assertEquals("key qualifiers of (01) must come in the order 22, 10, 21 (or 235), but (10) comes after (21)",
                refusal.getMessage());
    }

    @Test
    void qualifiers_from_two_alternative_sequences_are_refused() {
        assertTrue(refusal("https://id.gs1.org/01/09506000134352/10/ABC/235/TPX").getMessage().contains("order"));
    }

    @Test
    void a_data_attribute_in_the_path_is_refused_with_a_pointer_to_the_query() {
        String uri = "https://id.gs1.org/01/09506000134352/17/261231";
        InvalidCode refusal = refusal(uri);
        assertEquals(uri.indexOf("/17/") + 1, refusal.position());
        assertTrue(refusal.getMessage().contains("belongs in the query, as ?17="), refusal.getMessage());
    }

    @Test
    void a_key_qualifier_in_the_query_is_refused() {
        String uri = "https://id.gs1.org/01/09506000134352?21=XYZ";
        InvalidCode refusal = refusal(uri);
        assertEquals(uri.indexOf("21="), refusal.position());
        assertTrue(refusal.getMessage().contains("key qualifier and belongs in the path"), refusal.getMessage());
    }

    @Test
    void a_wrong_check_digit_in_the_path_is_refused_where_the_gtin_starts() {
        String uri = "https://id.gs1.org/01/09506000134353/10/ABC";
        assertEquals(uri.indexOf("0950"), refusal(uri).position());
    }

    @Test
    void a_bad_date_in_the_query_is_refused_where_the_value_starts() {
        String uri = "https://id.gs1.org/01/09506000134352?17=261331";
        assertEquals(uri.indexOf("261331"), refusal(uri).position());
    }

    @Test
    void an_unknown_numeric_query_parameter_is_refused_but_resolver_parameters_are_ignored() {
        assertTrue(refusal("https://id.gs1.org/01/09506000134352?23=X").getMessage().contains("not a GS1 Application Identifier"));
        assertEquals(1, parser.parse("https://id.gs1.org/01/09506000134352?linkType=all&context=x").elements().size());
    }

    @Test
    void an_ai_given_twice_is_refused() {
        assertTrue(refusal("https://id.gs1.org/01/09506000134352?17=261231&17=261231").getMessage().contains("twice"));
    }

    @Test
    void an_empty_segment_between_key_and_qualifier_is_refused() {
        String uri = "https://id.gs1.org/01/09506000134352//21/S1";
        assertEquals(uri.indexOf("//21") + 1, refusal(uri).position());
    }

    @Test
    void a_qualifier_without_value_is_refused() {
        String uri = "https://id.gs1.org/01/09506000134352/21";
        assertEquals(uri.length() - 2, refusal(uri).position());
    }

    @Test
    void a_broken_percent_escape_is_refused_where_it_stands() {
        String uri = "https://id.gs1.org/01/09506000134352/10/AB%2";
        assertEquals(uri.indexOf('%'), refusal(uri).position());
    }

    @Test
    void the_pairing_rules_apply_as_in_a_barcode() {
        assertTrue(refusal("https://id.gs1.org/00/106141412345678908?37=25").getMessage().contains("(37) COUNT needs"));
    }

    @Test
    void only_web_addresses_with_a_gs1_key_in_the_path_look_like_digital_links() {
        assertTrue(DigitalLinkParser.looksLikeDigitalLink("https://id.gs1.org/01/09506000134352"));
        assertTrue(DigitalLinkParser.looksLikeDigitalLink("HTTPS://example.com/x/00/106141412345678908"));
        assertFalse(DigitalLinkParser.looksLikeDigitalLink("https://example.com/about/team"));
        assertFalse(DigitalLinkParser.looksLikeDigitalLink("https://example.com/01"));
        assertFalse(DigitalLinkParser.looksLikeDigitalLink("ftp://id.gs1.org/01/09506000134352"));
    }
}
