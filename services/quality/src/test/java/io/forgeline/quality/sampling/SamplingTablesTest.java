package io.forgeline.quality.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cell of tables 2-A, 2-B and 2-C of both standards against the plan it leads to, as transcribed from public
 * copies of the printed tables (test resources {@code sampling/*.txt}): 16 letters × 26 AQLs × 5 tables.
 */
class SamplingTablesTest {

    private static final String[] AQLS = "0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 4.0 6.5 10 15 25 40 65 100 150 250 400 650 1000"
            .split(" ");

    private static int checkEveryCell(String resource, Scheme scheme, Severity severity) throws IOException {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        try (InputStream in = SamplingTablesTest.class.getResourceAsStream("/sampling/" + resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] tokens = line.trim().split("\\s+");
                char letter = tokens[0].charAt(0);
                for (int column = 0; column < AQLS.length; column++) {
                    Aql aql = Aql.of(new BigDecimal(AQLS[column])).orElseThrow();
                    SamplingPlan plan = SamplingEngine.plan(letter, 1_000_000, aql, severity, scheme);
                    String got = plan.planLetter() + ":" + plan.sampleSize() + ":" + plan.acceptance() + "/" + plan.rejection();
                    if (!got.equals(tokens[column + 1])) {
                        mismatches.add(letter + " @ " + AQLS[column] + ": printed " + tokens[column + 1] + ", engine " + got);
                    }
                    cells++;
                }
            }
        }
        assertEquals(List.of(), mismatches, scheme + " " + severity);
        return cells;
    }

    @Test
    void normal_inspection_table_2_a_in_both_schemes() throws IOException {
        assertEquals(416, checkEveryCell("normal.txt", Scheme.ISO_2859_1, Severity.NORMAL));
        assertEquals(416, checkEveryCell("normal.txt", Scheme.Z1_4, Severity.NORMAL));
    }

    @Test
    void tightened_inspection_table_2_b_in_both_schemes() throws IOException {
        assertEquals(416, checkEveryCell("tightened.txt", Scheme.ISO_2859_1, Severity.TIGHTENED));
        assertEquals(416, checkEveryCell("tightened.txt", Scheme.Z1_4, Severity.TIGHTENED));
    }

    @Test
    void reduced_inspection_differs_iso_table_2_c_without_the_gap() throws IOException {
        assertEquals(416, checkEveryCell("reduced-iso.txt", Scheme.ISO_2859_1, Severity.REDUCED));
    }

    @Test
    void reduced_inspection_differs_z1_4_table_ii_c_with_the_gap() throws IOException {
        assertEquals(416, checkEveryCell("reduced-z14.txt", Scheme.Z1_4, Severity.REDUCED));
    }
}
