package io.forgeline.quality.spc;

import static io.forgeline.quality.spc.ChartsTest.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published data sets against their published figures: Montgomery's examples (Introduction to Statistical Quality
 * Control) as the R package qcc ships them, with the limits its vignette prints, and the NIST/SEMATECH e-Handbook's.
 */
class ReferenceDataTest {

    /** Piston-ring inside diameters (mm), Montgomery, phase I: 25 subgroups of 5. */
    private static final double[][] PISTON_RINGS = {
        {74.030, 74.002, 74.019, 73.992, 74.008}, {73.995, 73.992, 74.001, 74.011, 74.004},
        {73.988, 74.024, 74.021, 74.005, 74.002}, {74.002, 73.996, 73.993, 74.015, 74.009},
        {73.992, 74.007, 74.015, 73.989, 74.014}, {74.009, 73.994, 73.997, 73.985, 73.993},
        {73.995, 74.006, 73.994, 74.000, 74.005}, {73.985, 74.003, 73.993, 74.015, 73.988},
        {74.008, 73.995, 74.009, 74.005, 74.004}, {73.998, 74.000, 73.990, 74.007, 73.995},
        {73.994, 73.998, 73.994, 73.995, 73.990}, {74.004, 74.000, 74.007, 74.000, 73.996},
        {73.983, 74.002, 73.998, 73.997, 74.012}, {74.006, 73.967, 73.994, 74.000, 73.984},
        {74.012, 74.014, 73.998, 73.999, 74.007}, {74.000, 73.984, 74.005, 73.998, 73.996},
        {73.994, 74.012, 73.986, 74.005, 74.007}, {74.006, 74.010, 74.018, 74.003, 74.000},
        {73.984, 74.002, 74.003, 74.005, 73.997}, {74.000, 74.010, 74.013, 74.020, 74.003},
        {73.988, 74.001, 74.009, 74.005, 73.996}, {74.004, 73.999, 73.990, 74.006, 74.009},
        {74.010, 73.989, 73.990, 74.009, 74.014}, {74.015, 74.008, 73.993, 74.000, 74.010},
        {73.982, 73.984, 73.995, 74.017, 74.013},
    };

    private static List<List<BigDecimal>> subgroups(double[][] data) {
        return Arrays.stream(data).map(ChartsTest::numbers).toList();
    }

    private static AnalysisRequest counts(String chart, double[] counts, double[] sizes) {
        return new AnalysisRequest(chart, null, null, numbers(counts), sizes == null ? null : numbers(sizes), null, null, null, null, null);
    }

    private static double[] constant(int times, double value) {
        double[] values = new double[times];
        Arrays.fill(values, value);
        return values;
    }

    @Test
    void piston_rings_on_xbar_r() {
        Analysis chart = Analyses.analyse(new AnalysisRequest("xbar-r", subgroups(PISTON_RINGS), null, null, null,
                BigDecimal.valueOf(73.95), BigDecimal.valueOf(74.05), null, null, null));
        assertEquals(74.00118, chart.center(), 1e-5);
        assertEquals(73.98805, chart.lcl(), 1e-5);
        assertEquals(74.0143, chart.ucl(), 1e-4);
        assertEquals(0.02276, chart.secondary().center(), 1e-8);
        assertEquals(0, chart.secondary().lcl(), 0);
        assertEquals(0.04812533, chart.secondary().ucl(), 2e-5); // D4(5) printed as 2.114 or 2.115
        // capability against 74.000 ± 0.05 with σ within = R̄ / d2: qcc prints Cp 1.70, Cpk 1.66 (Cp_u)
        assertEquals(1.70, chart.capability().cp(), 5e-3);
        assertEquals(1.66, chart.capability().cpk(), 5e-3);
        // overall s of the 125 values is 0.01006997 → Pp 1.65509, Ppk 1.61616 (computed, not printed by qcc)
        assertEquals(1.65509, chart.capability().pp(), 1e-4);
        assertEquals(1.61616, chart.capability().ppk(), 1e-4);
    }

    @Test
    void piston_rings_on_xbar_s() {
        Analysis chart = Analyses.analyse(new AnalysisRequest("xbar-s", subgroups(PISTON_RINGS), null, null, null, null, null, null, null, null));
        assertEquals(0.009240037, chart.secondary().center(), 1e-9);
        assertEquals(0, chart.secondary().lcl(), 0);
        assertEquals(0.01930242, chart.secondary().ucl(), 1e-7);
        // σ̂ = S̄ / c4(5) = 0.009829977 → X̄ limits 74.001176 ± 3σ̂/√5
        assertEquals(73.987988, chart.lcl(), 1e-6);
        assertEquals(74.014364, chart.ucl(), 1e-6);
    }

    @Test
    void aircraft_primer_viscosity_on_individuals() {
        double[] viscosity = {34.05, 34.40, 33.59, 35.96, 34.70, 33.51, 33.79, 34.04, 34.52, 33.75,
            33.27, 33.71, 34.03, 34.58, 34.02, 33.97, 34.05, 34.04, 33.73, 34.05};
        Analysis chart = Analyses.analyse(ChartsTest.individuals(viscosity));
        assertEquals(34.088, chart.center(), 1e-9);
        assertEquals(32.56504, chart.lcl(), 1e-5);
        assertEquals(35.61096, chart.ucl(), 1e-5);
        assertEquals(0.5726316, chart.secondary().center(), 1e-7);
    }

    @Test
    void nist_flow_rate_on_individuals() {
        Analysis chart = Analyses.analyse(ChartsTest.individuals(49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1));
        assertEquals(50.81, chart.center(), 1e-9);
        assertEquals(55.8041, chart.ucl(), 1e-4);
        assertEquals(45.8159, chart.lcl(), 1e-4);
        assertEquals(1.8778, chart.secondary().center(), 1e-4);
        assertEquals(6.1349, chart.secondary().ucl(), 5e-4);
    }

    @Test
    void orange_juice_cans_on_p_and_np() {
        double[] nonconforming = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6};
        Analysis p = Analyses.analyse(counts("p", nonconforming, constant(30, 50)));
        assertEquals(0.2313333, p.center(), 1e-7);
        assertEquals(0.05242755, p.lcl(), 1e-8);
        assertEquals(0.4102391, p.ucl(), 1e-7);
        // samples 15 and 23 are above the limit (Montgomery traces them to a new batch of cardboard and an inexperienced operator)
        assertEquals(List.of(14, 22), p.violations().stream().filter(v -> v.rule() == 1).map(RunRules.Violation::index).toList());
        Analysis np = Analyses.analyse(counts("np", nonconforming, constant(30, 50)));
        assertEquals(11.56667, np.center(), 1e-5);
        assertEquals(2.621377, np.lcl(), 1e-6);
        assertEquals(20.51196, np.ucl(), 1e-5);
    }

    @Test
    void circuit_boards_on_c_and_u() {
        double[] nonconformities = {21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15};
        Analysis c = Analyses.analyse(counts("c", nonconformities, null));
        assertEquals(19.84615, c.center(), 1e-5);
        assertEquals(6.481447, c.lcl(), 1e-6);
        assertEquals(33.21086, c.ucl(), 1e-5);
        assertEquals(List.of(5, 19), c.violations().stream().filter(v -> v.rule() == 1).map(RunRules.Violation::index).toList());
    }

    @Test
    void personal_computers_on_u() {
        double[] nonconformities = {10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5};
        Analysis u = Analyses.analyse(counts("u", nonconformities, constant(20, 5)));
        assertEquals(1.93, u.center(), 1e-9);
        assertEquals(0.06613305, u.lcl(), 1e-8);
        assertEquals(3.793867, u.ucl(), 1e-6);
    }

    @Test
    void dyed_cloth_on_u_with_rolls_of_different_sizes() {
        Analysis u = Analyses.analyse(counts("u", new double[] {14, 12, 20, 11, 7, 10, 21, 16, 19, 23},
                new double[] {10, 8, 13, 10, 9.5, 10, 12, 10.5, 12, 12.5}));
        assertEquals(153 / 107.5, u.center(), 1e-9);
        assertEquals(2.6886, u.points().get(1).ucl(), 1e-4); // a roll of 8 units
        assertEquals(0.4306, u.points().get(2).lcl(), 1e-4); // a roll of 13 units
    }

    @Test
    void nist_wafer_defects_on_c_with_one_count_on_the_limit() {
        Analysis c = Analyses.analyse(counts("c", new double[] {16, 14, 28, 16, 12, 20, 10, 12, 10, 17, 19, 17, 14, 16, 15, 13, 14, 16, 11,
            20, 11, 19, 16, 31, 13}, null));
        assertEquals(16, c.center(), 1e-9);
        assertEquals(4, c.lcl(), 1e-9);
        assertEquals(28, c.ucl(), 1e-9);
        // 28 sits on the upper limit, inside; only 31 is beyond
        assertEquals(List.of(23), c.violations().stream().filter(v -> v.rule() == 1).map(RunRules.Violation::index).toList());
    }
}
