package io.forgeline.quality.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Worked examples: lot size, AQL, level and severity to the plan, as the standards' users compute them by hand. */
class SamplingEngineTest {

    private static SamplingPlan plan(long lot, String aql, InspectionLevel level, Severity severity, Scheme scheme) {
        return SamplingEngine.plan(lot, Aql.of(new BigDecimal(aql)).orElseThrow(), level, severity, scheme);
    }

    private static void assertPlan(SamplingPlan plan, char codeLetter, char planLetter, int n, long inspect, int ac, int re) {
        assertEquals(codeLetter + "→" + planLetter + " n" + n + " inspect " + inspect + " " + ac + "/" + re,
                plan.codeLetter() + "→" + plan.planLetter() + " n" + plan.sampleSize() + " inspect " + plan.inspectQuantity() + " "
                        + plan.acceptance() + "/" + plan.rejection());
    }

    @Test
    void table_1_code_letters_at_the_row_edges() {
        assertEquals('A', CodeLetters.letter(8, InspectionLevel.II));
        assertEquals('B', CodeLetters.letter(9, InspectionLevel.II));
        assertEquals('J', CodeLetters.letter(1200, InspectionLevel.II));
        assertEquals('K', CodeLetters.letter(1201, InspectionLevel.II));
        assertEquals('R', CodeLetters.letter(500_001, InspectionLevel.III));
        assertEquals('D', CodeLetters.letter(10_000_000, InspectionLevel.S1));
        assertEquals('H', CodeLetters.letter(500_001, InspectionLevel.S3));
        assertEquals('A', CodeLetters.letter(1, InspectionLevel.II));
    }

    @Test
    void normal_plans_worked_by_hand() {
        assertPlan(plan(1000, "1.0", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'J', 'J', 80, 80, 2, 3);
        assertPlan(plan(1000, "1.5", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'J', 'J', 80, 80, 3, 4);
        assertPlan(plan(20, "1.5", InspectionLevel.I, Severity.NORMAL, Scheme.ISO_2859_1), 'B', 'D', 8, 8, 0, 1);
        assertPlan(plan(50, "2.5", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'D', 'C', 5, 5, 0, 1);
        assertPlan(plan(500, "0.65", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'H', 'J', 80, 80, 1, 2);
        assertPlan(plan(600_000, "0.015", InspectionLevel.III, Severity.NORMAL, Scheme.ISO_2859_1), 'R', 'P', 800, 800, 0, 1);
        assertPlan(plan(3200, "250", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'K', 'E', 13, 13, 44, 45);
    }

    @Test
    void a_sample_at_least_as_large_as_the_lot_inspects_the_whole_lot_with_the_plans_numbers() {
        SamplingPlan plan = plan(8, "0.65", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1);
        assertPlan(plan, 'A', 'F', 20, 8, 0, 1);
        assertTrue(plan.wholeLot());
        assertPlan(plan(5, "10", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1), 'A', 'C', 5, 5, 1, 2);
        assertFalse(plan(1000, "1.0", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1).wholeLot());
    }

    @Test
    void tightened_plans_including_the_3150_sample_of_row_s() {
        assertPlan(plan(1000, "1.0", InspectionLevel.II, Severity.TIGHTENED, Scheme.ISO_2859_1), 'J', 'J', 80, 80, 1, 2);
        assertPlan(plan(10_000, "2.5", InspectionLevel.II, Severity.TIGHTENED, Scheme.Z1_4), 'L', 'L', 200, 200, 8, 9);
        assertPlan(plan(600_000, "0.025", InspectionLevel.II, Severity.TIGHTENED, Scheme.ISO_2859_1), 'Q', 'S', 3150, 3150, 1, 2);
        assertPlan(plan(600_000, "0.015", InspectionLevel.III, Severity.TIGHTENED, Scheme.ISO_2859_1), 'R', 'Q', 1250, 1250, 0, 1);
    }

    @Test
    void reduced_plans_differ_between_the_schemes() {
        assertPlan(plan(125, "1.0", InspectionLevel.III, Severity.REDUCED, Scheme.ISO_2859_1), 'G', 'J', 32, 32, 1, 2);
        assertPlan(plan(125, "1.0", InspectionLevel.III, Severity.REDUCED, Scheme.Z1_4), 'G', 'H', 20, 20, 0, 2);
        assertPlan(plan(2000, "1.0", InspectionLevel.II, Severity.REDUCED, Scheme.ISO_2859_1), 'K', 'K', 50, 50, 2, 3);
        assertPlan(plan(2000, "1.0", InspectionLevel.II, Severity.REDUCED, Scheme.Z1_4), 'K', 'K', 50, 50, 1, 4);
        assertPlan(plan(600_000, "0.025", InspectionLevel.III, Severity.REDUCED, Scheme.ISO_2859_1), 'R', 'N', 200, 200, 0, 1);
        assertPlan(plan(600_000, "0.025", InspectionLevel.III, Severity.REDUCED, Scheme.Z1_4), 'R', 'R', 800, 800, 0, 2);
        SamplingPlan gap = plan(2000, "1.0", InspectionLevel.II, Severity.REDUCED, Scheme.Z1_4);
        assertTrue(gap.inGap(2) && gap.inGap(3) && !gap.inGap(4) && !gap.inGap(1));
    }

    @Test
    void aqls_compare_as_numbers_and_only_the_preferred_series_exists() {
        assertEquals(Aql.of(new BigDecimal("0.010")), Aql.of(new BigDecimal("0.01")));
        assertEquals(Aql.of(new BigDecimal("1")), Aql.of(new BigDecimal("1.00")));
        assertTrue(Aql.of(new BigDecimal("0.3")).isEmpty());
    }

    @Test
    void one_step_tighter_is_read_at_the_sample_inspected() {
        // J at 1.0 (n 80, 2/3): one step tighter at J is 0.65, 1/2
        assertEquals(OptionalInt.of(1), SamplingEngine.tighterAcceptance(plan(1000, "1.0", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1)));
        // L at AQL 10 leads up to K (n 125, 21/22); K at 6.5 is 14/15
        assertEquals(OptionalInt.of(14), SamplingEngine.tighterAcceptance(plan(10_000, "10", InspectionLevel.II, Severity.NORMAL, Scheme.ISO_2859_1)));
    }
}
