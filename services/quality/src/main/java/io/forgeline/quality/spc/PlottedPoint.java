package io.forgeline.quality.spc;

/**
 * One point of the primary chart with the limits that hold for it (they differ per point on p and u charts
 * when sample sizes differ) and the sigma of the plotted statistic, from which the run rules' zones follow.
 */
public record PlottedPoint(double value, double center, double sigma, double lcl, double ucl) {

    static PlottedPoint of(double value, double center, double sigma, double floor) {
        Limits limits = Limits.threeSigma(center, sigma, floor);
        return new PlottedPoint(value, center, sigma, limits.lcl(), limits.ucl());
    }

    /** How many sigmas from the center line: the zone A/B/C tests of the run rules read this. */
    double z() {
        if (sigma > 0) {
            return (value - center) / sigma;
        }
        // a process without spread: any departure from the center is beyond every zone
        return value == center ? 0 : Math.copySign(Double.POSITIVE_INFINITY, value - center);
    }
}
