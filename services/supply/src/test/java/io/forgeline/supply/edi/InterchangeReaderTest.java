package io.forgeline.supply.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.forgeline.platform.problem.FieldErrors;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader over broken input, without a server: whatever a supplier's system sends, the answer is the interchange
 * or a 400 naming where it broke, never another exception (a 500).
 */
class InterchangeReaderTest {

    private static final InterchangeReader READER = new InterchangeReader(new EdiSchemas());

    private static byte[] sample() {
        Map<String, String> values = Map.of("PO", "PO-000017", "ASN", "ASN-1", "FUNCTION", "9", "SHIP", "20261208", "ARRIVAL", "202612101400",
                "SSCC1", "340123450000000017", "SSCC2", "340123450000000024", "QTY1", "300", "QTY2", "200");
        Map<String, String> items = Map.of("ITEM1", "BEARING-6204", "GTIN1", "04012345000023", "ITEM2", "BEARING-6204", "GTIN2", "04012345000023");
        java.util.HashMap<String, String> all = new java.util.HashMap<>(values);
        all.putAll(items);
        return Edifact.interchange("ACME", "R1", Edifact.message("desadv.msg", all));
    }

    @Test
    void a_valid_despatch_advice_reads_into_its_segments() {
        Interchange interchange = READER.read(sample(), "ACME");

        assertEquals("R1", interchange.reference());
        assertEquals(1, interchange.messages().size());
        assertEquals("DESADV", interchange.messages().get(0).type());
        assertEquals(43, interchange.messages().get(0).segments().size(), "UNH to UNT, as UNT counts");
    }

    @Test
    void any_cut_or_changed_byte_is_the_interchange_or_a_400_never_another_failure() {
        byte[] sample = sample();
        Random random = new Random(Long.getLong("forgeline.edi.seed", 42));
        int refused = 0;
        for (int run = 0; run < Integer.getInteger("forgeline.edi.runs", 5000); run++) {
            byte[] broken = run < sample.length ? java.util.Arrays.copyOf(sample, run) : sample.clone();
            if (run >= sample.length) {
                for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                    broken[random.nextInt(broken.length)] = (byte) "+:'?ABZ09 \n\u00fc".charAt(random.nextInt(12));
                }
            }
            try {
                READER.read(broken, "ACME");
            } catch (FieldErrors expected) {
                refused++;
                assertEquals(400, expected.status());
                assertTrue(expected.errors().stream().allMatch(e -> !e.field().isBlank() && !e.message().isBlank()), expected.getMessage());
            } catch (RuntimeException other) {
                fail("run " + run + " on:\n" + new String(broken, StandardCharsets.ISO_8859_1), other);
            }
        }
        assertTrue(refused > 1000, "most broken interchanges are refused: " + refused);
    }
}
