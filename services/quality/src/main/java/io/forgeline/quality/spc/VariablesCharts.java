package io.forgeline.quality.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * X̄-R, X̄-S and I-MR charts. Limits come from the data (X̄ ± 3σ̂/√n with σ̂ = R̄/d2 or S̄/c4; I ± 3·MR̄/d2(2))
 * unless the center and sigma are known, in which case they come from those.
 */
final class VariablesCharts {

    private VariablesCharts() {
    }

    static ControlChart xbarR(List<double[]> subgroups, Known known) {
        int n = subgroups.get(0).length;
        double[] ranges = subgroups.stream().mapToDouble(VariablesCharts::range).toArray();
        double meanRange = mean(ranges);
        double sigma = known.sigma().orElse(meanRange / ChartConstants.d2(n));
        Limits dispersion = known.sigma().isPresent()
                ? new Limits(ChartConstants.d2(n) * sigma, Math.max(0, (ChartConstants.d2(n) - 3 * ChartConstants.d3(n)) * sigma),
                        (ChartConstants.d2(n) + 3 * ChartConstants.d3(n)) * sigma)
                : new Limits(meanRange, ChartConstants.d3Factor(n) * meanRange, ChartConstants.d4Factor(n) * meanRange);
        return xbar(ChartType.XBAR_R, subgroups, known, sigma, new ControlChart.Secondary(boxed(ranges), dispersion));
    }

    static ControlChart xbarS(List<double[]> subgroups, Known known) {
        int n = subgroups.get(0).length;
        double[] deviations = subgroups.stream().mapToDouble(VariablesCharts::standardDeviation).toArray();
        double meanDeviation = mean(deviations);
        double c4 = ChartConstants.c4(n);
        double sigma = known.sigma().orElse(meanDeviation / c4);
        double spreadOfS = Math.sqrt(1 - c4 * c4);
        Limits dispersion = known.sigma().isPresent()
                ? new Limits(c4 * sigma, Math.max(0, (c4 - 3 * spreadOfS) * sigma), (c4 + 3 * spreadOfS) * sigma)
                : new Limits(meanDeviation, ChartConstants.b3(n) * meanDeviation, ChartConstants.b4(n) * meanDeviation);
        return xbar(ChartType.XBAR_S, subgroups, known, sigma, new ControlChart.Secondary(boxed(deviations), dispersion));
    }

    static ControlChart individuals(double[] values, Known known) {
        double[] movingRanges = new double[values.length - 1];
        for (int i = 1; i < values.length; i++) {
            movingRanges[i - 1] = Math.abs(values[i] - values[i - 1]);
        }
        double meanMovingRange = mean(movingRanges);
        double d2 = ChartConstants.d2(2);
        double sigma = known.sigma().orElse(meanMovingRange / d2);
        double center = known.center().orElse(mean(values));
        Limits dispersion = known.sigma().isPresent()
                ? new Limits(d2 * sigma, 0, (d2 + 3 * ChartConstants.d3(2)) * sigma)
                : new Limits(meanMovingRange, 0, ChartConstants.d4Factor(2) * meanMovingRange);
        List<PlottedPoint> points = Arrays.stream(values).mapToObj(x -> PlottedPoint.of(x, center, sigma, Double.NEGATIVE_INFINITY)).toList();
        return new ControlChart(ChartType.I_MR, points, Limits.threeSigma(center, sigma, Double.NEGATIVE_INFINITY),
                Optional.of(new ControlChart.Secondary(boxed(movingRanges), dispersion)),
                Optional.of(new ControlChart.Spread(center, sigma, overall(values))));
    }

    private static ControlChart xbar(ChartType type, List<double[]> subgroups, Known known, double sigma, ControlChart.Secondary secondary) {
        int n = subgroups.get(0).length;
        double[] means = subgroups.stream().mapToDouble(VariablesCharts::mean).toArray();
        double center = known.center().orElse(mean(means));
        double sigmaOfMean = sigma / Math.sqrt(n);
        List<PlottedPoint> points = Arrays.stream(means).mapToObj(x -> PlottedPoint.of(x, center, sigmaOfMean, Double.NEGATIVE_INFINITY)).toList();
        double[] all = subgroups.stream().flatMapToDouble(Arrays::stream).toArray();
        return new ControlChart(type, points, Limits.threeSigma(center, sigmaOfMean, Double.NEGATIVE_INFINITY), Optional.of(secondary),
                Optional.of(new ControlChart.Spread(center, sigma, overall(all))));
    }

    /** The overall sample standard deviation (n − 1) of all single values; none for a single value. */
    private static OptionalDouble overall(double[] values) {
        return values.length < 2 ? OptionalDouble.empty() : OptionalDouble.of(standardDeviation(values));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double range(double[] values) {
        return Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
    }

    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
