package io.forgeline.quality.spc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A control chart as drawn: the primary chart's points with their limits, the overall limits, and for variables
 * charts the secondary chart (R, S or MR) and the process spread the capability indices need.
 */
public record ControlChart(ChartType type, List<PlottedPoint> points, Limits limits, Optional<Secondary> secondary,
                           Optional<Spread> spread) {

    /** The dispersion chart beside X̄ or I. */
    public record Secondary(List<Double> values, Limits limits) {
    }

    /**
     * Where the process is and how much it spreads: the mean of all single values (or the known center), sigma
     * within subgroups (R̄/d2, S̄/c4, MR̄/d2(2), or the known sigma), and the overall sample standard deviation.
     */
    public record Spread(double mean, double within, OptionalDouble overall) {
    }
}
