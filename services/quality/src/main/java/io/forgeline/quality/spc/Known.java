package io.forgeline.quality.spc;

import java.util.OptionalDouble;

/**
 * Standards given instead of estimated from the data (phase II, or a frozen phase-I baseline): the primary chart's
 * center line and sigma. For variables charts sigma is the process sigma of single values; for attributes charts it
 * is the sigma of the plotted statistic, and without it the binomial or Poisson sigma of the center holds.
 */
public record Known(OptionalDouble center, OptionalDouble sigma) {

    public static final Known NOTHING = new Known(OptionalDouble.empty(), OptionalDouble.empty());
}
