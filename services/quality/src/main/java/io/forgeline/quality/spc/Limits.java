package io.forgeline.quality.spc;

/** A chart's center line and control limits; a lower limit below what the statistic can take is cut at that floor. */
public record Limits(double center, double lcl, double ucl) {

    /** Center ± 3 sigma, the lower limit no lower than {@code floor} (0 for ranges, deviations and counts). */
    static Limits threeSigma(double center, double sigma, double floor) {
        return new Limits(center, Math.max(floor, center - 3 * sigma), center + 3 * sigma);
    }
}
