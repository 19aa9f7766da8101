package io.forgeline.ident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.ident.scan.ScanReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScanTest {

    private final ScanReader reader = new ScanReader(Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC));
    private int status;

    private String scan(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        status = Scan.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), reader);
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void a_gs1_128_label_prints_its_elements_with_the_expiry_as_an_iso_date() {
        assertEquals("{\"type\":\"gs1\",\"source\":\"gs1-128\",\"elements\":["
                + "{\"ai\":\"01\",\"title\":\"GTIN\",\"value\":\"09506000134352\"},"
                + "{\"ai\":\"17\",\"title\":\"USE BY or EXPIRY\",\"value\":\"261231\",\"date\":\"2026-12-31\"},"
                + "{\"ai\":\"10\",\"title\":\"BATCH/LOT\",\"value\":\"ABC\"}]}",
                scan("]C1010950600013435217261231\\x1d10ABC"));
        assertEquals(0, status);
    }

    @Test
    void gs_may_be_typed_as_an_escape_or_as_a_tag() {
        assertEquals(scan("]C1010950600013435210ABC\\x1d17261231"), scan("]C1010950600013435210ABC<GS>17261231"));
        assertEquals(0, status);
    }

    @Test
    void a_weight_prints_its_decimal() {
        String json = scan("(01)09506000134352(3103)001250");
        assertEquals(true, json.contains("{\"ai\":\"3103\",\"title\":\"NET WEIGHT (kg)\",\"value\":\"001250\",\"decimal\":\"1.250\"}"), json);
    }

    @Test
    void an_sgtin_96_prints_the_shape_of_the_issue() {
        assertEquals("{\"type\":\"epc\",\"scheme\":\"sgtin-96\",\"filter\":3,\"companyPrefix\":\"0614141\","
                + "\"itemReference\":\"812345\",\"serial\":\"6789\",\"tagUri\":\"urn:epc:tag:sgtin-96:3.0614141.812345.6789\","
                + "\"pureIdentityUri\":\"urn:epc:id:sgtin:0614141.812345.6789\",\"gtin\":\"80614141123458\","
                + "\"hex\":\"3074257BF7194E4000001A85\"}", scan("3074257BF7194E4000001A85"));
    }

    @Test
    void an_sscc_96_prints_the_sscc_instead_of_gtin_and_serial() {
        String json = scan("urn:epc:tag:sscc-96:3.0614141.1234567890");
        assertEquals(true, json.contains("\"sscc\":\"106141412345678908\"") && !json.contains("gtin"), json);
    }

    @Test
    void a_plain_code_prints_its_value_with_json_escaping() {
        assertEquals("{\"type\":\"plain\",\"value\":\"L-2291\"}", scan("L-2291"));
        assertEquals("{\"type\":\"plain\",\"value\":\"say \\\"hi\\\" \\\\o/\"}", scan("say \"hi\" \\o/"));
    }

    @Test
    void a_refusal_exits_2_with_the_position_as_typed() {
        // the <GS> before 17 counts as four typed characters, so the position maps back past it
        String json = scan("]C1010950600013435210ABC<GS>17261331");
        assertEquals(2, status);
        assertEquals("{\"error\":\"(17) USE BY or EXPIRY: month 13 does not exist\",\"position\":30}", json);
    }

    @Test
    void a_lot_that_swallowed_its_expiry_exits_2() {
        String json = scan("]C1010950600013435210ABC17261231");
        assertEquals(2, status);
        assertEquals(true, json.endsWith("\"position\":24}"), json);
    }

    @Test
    void no_argument_or_several_print_usage_and_exit_2() {
        assertEquals(true, scan().contains("usage"));
        assertEquals(2, status);
        scan("a", "b");
        assertEquals(2, status);
    }
}
