package io.forgeline.quality.spc;

import java.util.List;

/**
 * What an analysis answers: the primary chart's center and limits (at the average sample size when samples
 * differ), its points with their own limits, the secondary chart (R, S or MR) for variables, capability when
 * specification limits are given, and the run-rule violations on the primary chart.
 */
public record Analysis(String chart, double center, double lcl, double ucl, Secondary secondary, Capability capability,
                       List<RunRules.Violation> violations, List<Point> points, String rules) {

    public record Secondary(double center, double lcl, double ucl, List<Double> values) {
    }

    public record Point(double value, double lcl, double ucl) {
    }

    static Analysis of(ControlChart chart, Capability capability, List<RunRules.Violation> violations, RunRules rules) {
        Secondary secondary = chart.secondary().map(s -> new Secondary(s.limits().center(), s.limits().lcl(), s.limits().ucl(), s.values()))
                .orElse(null);
        List<Point> points = chart.points().stream().map(p -> new Point(p.value(), p.lcl(), p.ucl())).toList();
        return new Analysis(chart.type().id(), chart.limits().center(), chart.limits().lcl(), chart.limits().ucl(), secondary,
                capability, violations, points, rules == RunRules.NELSON ? "nelson" : "western-electric");
    }
}
