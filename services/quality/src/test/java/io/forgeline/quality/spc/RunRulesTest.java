package io.forgeline.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * Each rule on a sequence built to trip it, charted as individuals against center 0 and sigma 1, so a value is its
 * own distance from the center in sigmas.
 */
class RunRulesTest {

    private static List<Integer> fired(int rule, String rules, double... values) {
        Analysis chart = Analyses.analyse(new AnalysisRequest("i-mr", null, ChartsTest.numbers(values), null, null, null, null,
                BigDecimal.ZERO, BigDecimal.ONE, rules));
        return chart.violations().stream().filter(v -> v.rule() == rule).map(RunRules.Violation::index).toList();
    }

    private static List<Integer> nelson(int rule, double... values) {
        return fired(rule, null, values);
    }

    private static double[] repeat(int times, double... pattern) {
        return DoubleStream.iterate(0, i -> i + 1).limit((long) times * pattern.length)
                .map(i -> pattern[(int) i % pattern.length]).toArray();
    }

    @Test
    void rule_1_a_point_beyond_three_sigma_but_not_one_on_the_limit() {
        assertEquals(List.of(2, 4), nelson(1, 0, 3, 3.1, 0, -3.5));
    }

    @Test
    void rule_2_nine_in_a_row_on_one_side_and_a_longer_run_keeps_firing() {
        assertEquals(List.of(8, 9), nelson(2, repeat(10, 0.5)));
        assertEquals(List.of(), nelson(2, 0.5, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5), "a point on the center breaks the run");
    }

    @Test
    void rule_3_six_in_a_row_steadily_rising_or_falling() {
        assertEquals(List.of(5), nelson(3, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6));
        assertEquals(List.of(5, 6), nelson(3, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0));
        assertEquals(List.of(), nelson(3, 0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6), "equal neighbours break a trend");
    }

    @Test
    void rule_4_fourteen_in_a_row_alternating() {
        assertEquals(List.of(13), nelson(4, repeat(7, 0.1, -0.1)));
        assertEquals(List.of(), nelson(4, repeat(6, 0.1, -0.1)));
    }

    @Test
    void rule_5_two_of_three_beyond_two_sigma_on_one_side() {
        assertEquals(List.of(3), nelson(5, 0, 2.5, 0, 2.5));
        assertEquals(List.of(), nelson(5, 0, 2.5, 0, -2.5), "on opposite sides");
        assertEquals(List.of(), nelson(5, 2.5, 2.5, 0), "the point completing the pattern is one of them");
    }

    @Test
    void rule_6_four_of_five_beyond_one_sigma_on_one_side() {
        assertEquals(List.of(4, 5), nelson(6, 1.5, 1.5, 0, 1.5, 1.5, 1.5));
        assertEquals(List.of(), nelson(6, 1.5, 1.5, 0, 1.5, -1.5));
    }

    @Test
    void rule_7_fifteen_in_a_row_within_one_sigma() {
        assertEquals(List.of(14), nelson(7, alternating(15, 0.5)));
        assertEquals(List.of(), nelson(7, alternating(14, 0.5)));
        assertEquals(List.of(14), nelson(7, alternating(15, 1.0)), "a point on the 1σ line is within it");
    }

    @Test
    void rule_8_eight_in_a_row_beyond_one_sigma_on_either_side() {
        assertEquals(List.of(7), nelson(8, alternating(8, 1.5)));
        assertEquals(List.of(), nelson(8, alternating(7, 1.5)));
        assertEquals(List.of(), nelson(8, repeat(8, 1.5)), "all on one side is a shift (tests 2 and 6), not a mixture");
    }

    @Test
    void western_electric_numbers_its_four_rules_and_runs_eight_on_one_side() {
        assertEquals(List.of(7, 8), fired(4, "western-electric", repeat(9, 0.5)));
        assertEquals(List.of(2), fired(1, "western-electric", 0, 0, 3.2));
        assertEquals(List.of(3), fired(2, "western-electric", 0, 2.5, 0, 2.5));
        assertEquals(List.of(4), fired(3, "western-electric", 1.5, 1.5, 0, 1.5, 1.5));
    }

    @Test
    void a_process_in_control_fires_nothing() {
        Analysis chart = Analyses.analyse(ChartsTest.individuals(10, 12, 11, 13, 12, 11, 10, 12, 13, 11));
        assertEquals(Collections.emptyList(), chart.violations());
    }

    private static double[] alternating(int count, double size) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i % 2 == 0 ? size : -size;
        }
        return values;
    }
}
