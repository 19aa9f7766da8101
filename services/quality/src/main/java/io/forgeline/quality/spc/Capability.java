package io.forgeline.quality.spc;

import java.util.OptionalDouble;

/**
 * Process capability against the specification. Cp and Cpk use sigma within subgroups (short-term: R̄/d2, S̄/c4,
 * MR̄/d2(2)); Pp and Ppk the overall sample standard deviation (n − 1) of all values. With one specification limit
 * only the one-sided index exists (Cpk = CPU or CPL), and Cp, Pp are absent.
 */
public record Capability(Double cp, Double cpk, Double pp, Double ppk) {

    static Capability of(ControlChart.Spread spread, OptionalDouble lsl, OptionalDouble usl) {
        double mean = spread.mean();
        Double pp = null;
        Double ppk = null;
        if (spread.overall().isPresent()) {
            double overall = spread.overall().getAsDouble();
            pp = potential(lsl, usl, overall);
            ppk = performance(lsl, usl, mean, overall);
        }
        return new Capability(potential(lsl, usl, spread.within()), performance(lsl, usl, mean, spread.within()), pp, ppk);
    }

    private static Double potential(OptionalDouble lsl, OptionalDouble usl, double sigma) {
        if (lsl.isEmpty() || usl.isEmpty() || sigma == 0) {
            return null;
        }
        return (usl.getAsDouble() - lsl.getAsDouble()) / (6 * sigma);
    }

    private static Double performance(OptionalDouble lsl, OptionalDouble usl, double mean, double sigma) {
        if (sigma == 0) {
            return null;
        }
        double upper = usl.isPresent() ? (usl.getAsDouble() - mean) / (3 * sigma) : Double.POSITIVE_INFINITY;
        double lower = lsl.isPresent() ? (mean - lsl.getAsDouble()) / (3 * sigma) : Double.POSITIVE_INFINITY;
        return Math.min(upper, lower);
    }
}
