package io.forgeline.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits and capability of small data sets computed by hand (the arithmetic is in each test's comments). */
class ChartsTest {

    private static final double CLOSE = 1e-5;

    static List<BigDecimal> numbers(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    static AnalysisRequest individuals(double... values) {
        return new AnalysisRequest("i-mr", null, numbers(values), null, null, null, null, null, null, null);
    }

    @Test
    void individuals_and_moving_range_take_sigma_from_the_average_moving_range() {
        // mean 11.6; moving ranges 2,1,2,1 → MR̄ 1.5; σ = 1.5 / 1.128 = 1.329787
        Analysis chart = Analyses.analyse(individuals(10, 12, 11, 13, 12));
        assertEquals(11.6, chart.center(), CLOSE);
        assertEquals(11.6 + 3 * 1.5 / 1.128, chart.ucl(), CLOSE);
        assertEquals(11.6 - 3 * 1.5 / 1.128, chart.lcl(), CLOSE);
        assertEquals(1.5, chart.secondary().center(), CLOSE);
        assertEquals(0, chart.secondary().lcl(), CLOSE);
        assertEquals(3.267 * 1.5, chart.secondary().ucl(), 2e-3); // D4(2) as printed: 3.267
        assertEquals(List.of(2.0, 1.0, 2.0, 1.0), chart.secondary().values());
        assertNull(chart.capability(), "no specification, no capability");
    }

    @Test
    void capability_uses_sigma_within_for_cp_and_the_overall_deviation_for_pp() {
        // σ within 1.329787; overall s: squares 2.56+0.16+0.36+1.96+0.16 = 5.2, / 4 → 1.3, s = 1.140175
        Analysis chart = Analyses.analyse(new AnalysisRequest("i-mr", null, numbers(10, 12, 11, 13, 12), null, null,
                BigDecimal.valueOf(8), BigDecimal.valueOf(16), null, null, null));
        double within = 1.5 / 1.128;
        double overall = Math.sqrt(1.3);
        assertEquals(8 / (6 * within), chart.capability().cp(), CLOSE);
        assertEquals(3.6 / (3 * within), chart.capability().cpk(), CLOSE); // the mean 11.6 is 3.6 from the lower limit
        assertEquals(8 / (6 * overall), chart.capability().pp(), CLOSE);
        assertEquals(3.6 / (3 * overall), chart.capability().ppk(), CLOSE);
    }

    @Test
    void with_one_specification_limit_only_the_one_sided_index_exists() {
        Analysis chart = Analyses.analyse(new AnalysisRequest("i-mr", null, numbers(10, 12, 11, 13, 12), null, null,
                null, BigDecimal.valueOf(16), null, null, null));
        assertNull(chart.capability().cp());
        assertNull(chart.capability().pp());
        assertEquals(4.4 / (3 * 1.5 / 1.128), chart.capability().cpk(), CLOSE);
    }

    @Test
    void xbar_r_limits_follow_a2_and_d4() {
        // means 2, 3, 4 → x̿ 3; ranges 2 → R̄ 2; A2(3) = 1.023, D4(3) = 2.574
        Analysis chart = Analyses.analyse(new AnalysisRequest("xbar-r", List.of(numbers(1, 2, 3), numbers(2, 3, 4), numbers(3, 4, 5)),
                null, null, null, null, null, null, null, null));
        assertEquals(3, chart.center(), CLOSE);
        assertEquals(3 + 1.023 * 2, chart.ucl(), 1e-3);
        assertEquals(3 - 1.023 * 2, chart.lcl(), 1e-3);
        assertEquals(2, chart.secondary().center(), CLOSE);
        assertEquals(0, chart.secondary().lcl(), CLOSE);
        assertEquals(2.574 * 2, chart.secondary().ucl(), 2e-3);
    }

    @Test
    void xbar_s_limits_follow_a3_and_b4() {
        // every subgroup's s is 1 → S̄ 1; A3(3) = 1.954, B4(3) = 2.568
        Analysis chart = Analyses.analyse(new AnalysisRequest("xbar-s", List.of(numbers(1, 2, 3), numbers(2, 3, 4), numbers(3, 4, 5)),
                null, null, null, null, null, null, null, null));
        assertEquals(3 + 1.954, chart.ucl(), 1e-3);
        assertEquals(1, chart.secondary().center(), CLOSE);
        assertEquals(2.568, chart.secondary().ucl(), 1e-3);
        assertEquals(0, chart.secondary().lcl(), CLOSE);
    }

    @Test
    void a_known_center_and_sigma_replace_the_estimates() {
        // X̄ of subgroups of 3 against μ = 2.5, σ = 1: limits 2.5 ± 3/√3; R chart d2σ = 1.693, UCL (d2 + 3 d3)σ = 4.357
        Analysis chart = Analyses.analyse(new AnalysisRequest("xbar-r", List.of(numbers(1, 2, 3), numbers(2, 3, 4)),
                null, null, null, null, null, BigDecimal.valueOf(2.5), BigDecimal.ONE, null));
        assertEquals(2.5, chart.center(), CLOSE);
        assertEquals(2.5 + 3 / Math.sqrt(3), chart.ucl(), CLOSE);
        assertEquals(1.693, chart.secondary().center(), CLOSE);
        assertEquals(4.358, chart.secondary().ucl(), 1e-3); // D2(3) as printed
    }

    @Test
    void p_chart_limits_are_binomial_and_differ_per_point_with_the_sample_size() {
        // p̄ = 7 / 140 = 0.05; point limits at n 40 and 100, overall limits at the average n 70
        Analysis chart = Analyses.analyse(new AnalysisRequest("p", null, null, numbers(2, 5), numbers(40, 100), null, null, null, null, null));
        assertEquals(0.05, chart.center(), CLOSE);
        assertEquals(0.05 + 3 * Math.sqrt(0.05 * 0.95 / 40), chart.points().get(0).ucl(), CLOSE);
        assertEquals(0.05 + 3 * Math.sqrt(0.05 * 0.95 / 100), chart.points().get(1).ucl(), CLOSE);
        assertEquals(0.05 + 3 * Math.sqrt(0.05 * 0.95 / 70), chart.ucl(), CLOSE);
        assertEquals(0, chart.lcl(), CLOSE);
        assertEquals(0.05, chart.points().get(1).value(), CLOSE);
        assertNull(chart.secondary());
    }

    @Test
    void np_c_and_u_charts() {
        // np: p̄ 0.04 in samples of 50 → center 2, σ √(2 · 0.96)
        Analysis np = Analyses.analyse(new AnalysisRequest("np", null, null, numbers(1, 2, 3, 2), numbers(50, 50, 50, 50), null, null, null, null, null));
        assertEquals(2, np.center(), CLOSE);
        assertEquals(2 + 3 * Math.sqrt(2 * 0.96), np.ucl(), CLOSE);
        assertEquals(0, np.lcl(), CLOSE);
        // c: c̄ 5, σ √5
        Analysis c = Analyses.analyse(new AnalysisRequest("c", null, null, numbers(4, 6, 5, 5), null, null, null, null, null, null));
        assertEquals(5 + 3 * Math.sqrt(5), c.ucl(), CLOSE);
        assertEquals(0, c.lcl(), CLOSE);
        // u: ū = 20 / 8 = 2.5 per unit in samples of 2 units, σ √(2.5 / 2)
        Analysis u = Analyses.analyse(new AnalysisRequest("u", null, null, numbers(4, 6, 5, 5), numbers(2, 2, 2, 2), null, null, null, null, null));
        assertEquals(2.5, u.center(), CLOSE);
        assertEquals(2.5 + 3 * Math.sqrt(1.25), u.ucl(), CLOSE);
        assertEquals(0, u.lcl(), 0, "2.5 − 3·1.118 is below zero: cut at 0");
        assertEquals(2, u.points().get(0).value(), CLOSE);
    }

    @Test
    void chart_constants_match_the_printed_tables_to_their_last_decimal() {
        double[][] printed = { // n, A2, D3, D4, B3, B4 (Montgomery, appendix VI)
            {2, 1.880, 0, 3.267, 0, 3.267}, {3, 1.023, 0, 2.574, 0, 2.568}, {5, 0.577, 0, 2.114, 0, 2.089},
            {7, 0.419, 0.076, 1.924, 0.118, 1.882}, {10, 0.308, 0.223, 1.777, 0.284, 1.716}, {25, 0.153, 0.459, 1.541, 0.565, 1.435}};
        for (double[] row : printed) {
            int n = (int) row[0];
            // A2 comes from the three-decimal d2 sigma is estimated with: 1.8806 against the printed 1.880 at n = 2
            assertEquals(row[1], ChartConstants.a2(n), 1e-3, "A2(" + n + ")");
            assertEquals(row[2], ChartConstants.d3Factor(n), 6e-4, "D3(" + n + ")");
            assertEquals(row[3], ChartConstants.d4Factor(n), 6e-4, "D4(" + n + ")");
            assertEquals(row[4], ChartConstants.b3(n), 6e-4, "B3(" + n + ")");
            assertEquals(row[5], ChartConstants.b4(n), 6e-4, "B4(" + n + ")");
        }
    }

    @Test
    void chart_constants_match_the_printed_tables() {
        assertEquals(0.577, ChartConstants.a2(5), 5e-4);
        assertEquals(1.427, ChartConstants.a3(5), 5e-4);
        assertEquals(0.9400, ChartConstants.c4(5), 5e-5);
        assertEquals(0.9727, ChartConstants.c4(10), 5e-5);
        assertEquals(2.114, ChartConstants.d4Factor(5), 6e-4);
        assertEquals(0.076, ChartConstants.d3Factor(7), 5e-4);
        assertEquals(0.030, ChartConstants.b3(6), 5e-4);
        assertEquals(1.970, ChartConstants.b4(6), 5e-4);
        assertEquals(0.0, ChartConstants.d3Factor(6), 0);
    }
}
