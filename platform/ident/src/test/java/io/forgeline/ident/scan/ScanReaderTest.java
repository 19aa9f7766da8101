package io.forgeline.ident.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.Source;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanReaderTest {

    private final ScanReader reader = new ScanReader(Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC));

    private Scanned read(String raw) {
        return reader.read(raw.replace("<GS>", "\u001d"));
    }

    @ParameterizedTest(name = "{0} is GS1 data from {1}")
    @CsvSource(delimiter = '|', value = {
        "]C1010950600013435217261231<GS>10ABC                  | gs1-128      | (01)09506000134352(17)261231(10)ABC",
        "]d2010950600013435217261231<GS>10ABC                  | datamatrix   | (01)09506000134352(17)261231(10)ABC",
        "]Q3010950600013435210ABC                              | qr           | (01)09506000134352(10)ABC",
        "]e00109506000134352                                   | databar      | (01)09506000134352",
        "(01)09506000134352(17)261231(10)ABC                   | bracketed    | (01)09506000134352(17)261231(10)ABC",
        "https://id.gs1.org/01/09506000134352/10/ABC?17=261231 | digital-link | (01)09506000134352(10)ABC(17)261231",
        "]Q1https://id.gs1.org/01/09506000134352/21/XYZ        | digital-link | (01)09506000134352(21)XYZ",
        "010950600013435210ABC                                 | plain        | (01)09506000134352(10)ABC",
        "00106141412345678908                                  | plain        | (00)106141412345678908",
        "]E06291041500213                                      | ean-upc      | (01)06291041500213",
        "]E496385074                                           | ean-upc      | (01)00000096385074"
    })
    void gs1_data_is_read_from_every_carrier(String raw, String source, String bracketed) {
        Scanned.Gs1 gs1 = assertInstanceOf(Scanned.Gs1.class, read(raw));
        assertEquals(source, gs1.elements().source().label());
        assertEquals(bracketed, gs1.elements().bracketed());
    }

    @ParameterizedTest(name = "{0} is the EPC {1}")
    @CsvSource(delimiter = '|', value = {
        "3074257BF7194E4000001A85                   | urn:epc:id:sgtin:0614141.812345.6789 | true",
        "3074257bf7194e4000001a85                   | urn:epc:id:sgtin:0614141.812345.6789 | true",
        "urn:epc:tag:sgtin-96:3.0614141.812345.6789 | urn:epc:id:sgtin:0614141.812345.6789 | true",
        "urn:epc:id:sgtin:0614141.812345.6789       | urn:epc:id:sgtin:0614141.812345.6789 | false",
        "3174257BF4499602D2000000                   | urn:epc:id:sscc:0614141.1234567890   | true"
    })
    void epcs_are_read_from_hex_tag_uris_and_pure_identity_uris(String raw, String pureIdentity, boolean fromTag) {
        Scanned.Epc epc = assertInstanceOf(Scanned.Epc.class, read(raw));
        assertEquals(pureIdentity, epc.identity().uri());
        assertEquals(fromTag, epc.tag().isPresent());
    }

    @ParameterizedTest(name = "{0} is a plain code")
    @CsvSource({
        "L-2291",
        "4711",
        "BADGE-00042",
        "123456789012345678901234",
        "https://example.com/about",
        "0123"
    })
    void anything_else_is_a_plain_internal_code(String raw) {
        assertEquals(raw, assertInstanceOf(Scanned.Plain.class, read(raw)).value());
    }

    @Test
    void a_scanners_line_ending_is_not_part_of_the_scan() {
        assertEquals("L-2291", assertInstanceOf(Scanned.Plain.class, read("L-2291\r\n")).value());
        assertEquals("ABC", read("]C1010950600013435210ABC\n").lot().orElseThrow());
    }

    @Test
    void a_pallet_reads_as_the_same_sscc_from_its_label_and_from_its_tag() {
        Scanned label = read("]C100106141412345678908");
        Scanned tag = read("3174257BF4499602D2000000");
        assertEquals(label.sscc().orElseThrow(), tag.sscc().orElseThrow());
    }

    @Test
    void a_trade_item_reads_as_the_same_gtin_and_serial_from_a_datamatrix_and_from_an_rfid_tag() {
        Scanned label = read("]d2018061414112345821" + "6789");
        Scanned tag = read("3074257BF7194E4000001A85");
        assertEquals(label.gtin(), tag.gtin());
        assertEquals(label.serial(), tag.serial());
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
        "(01)09506000134353                          | 4",
        "0109506000134353                            | 2",
        "]C1010950600013435210ABC17261231            | 24",
        "]d2010950600013435299XYZ<GS>236ABC          | 25",
        "https://id.gs1.org/01/09506000134352/21/X/10/Y | 42",
        "]Q1https://id.gs1.org/01/09506000134353     | 25",
        "3574257BF7194E4000001A85                    | 0",
        "A074257BF7194E4000001A85                    | 0",
        "urn:epc:tag:sgtin-96:9.0614141.812345.6789  | 21",
        "urn:epc:raw:96.x3074257BF7194E4000001A85    | 8",
        "]E06291041500214                            | 15",
        "]C1                                         | 3"
    })
    void what_looks_like_gs1_or_epc_but_does_not_read_is_refused_with_its_position(String raw, int position) {
        assertEquals(position, assertThrows(InvalidCode.class, () -> read(raw)).position());
    }

    @Test
    void an_empty_scan_is_refused() {
        assertTrue(assertThrows(InvalidCode.class, () -> reader.read("\r\n")).getMessage().contains("empty"));
    }

    @Test
    void a_digital_link_keeps_its_source_through_the_reader() {
        assertEquals(Source.DIGITAL_LINK, ((Scanned.Gs1) read("https://id.gs1.org/00/106141412345678908")).elements().source());
    }
}
