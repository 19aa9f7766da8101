package io.forgeline.quality.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * p, np, c and u charts. The center is the pooled rate (total counted over total inspected) unless known; sigma
 * is binomial (p, np) or Poisson (c, u) at each point's own sample size unless a sigma is given, so with
 * unequal samples each point has its own limits. The overall limits are those of the average sample size.
 */
final class AttributesCharts {

    private AttributesCharts() {
    }

    /** Fraction nonconforming: counts of nonconforming units in samples of the given sizes. */
    static ControlChart p(double[] counts, double[] sizes, Known known) {
        double center = known.center().orElse(sum(counts) / sum(sizes));
        return chart(ChartType.P, counts, sizes, center, known, n -> Math.sqrt(center * (1 - center) / n), true);
    }

    /** Number nonconforming in samples of one size. */
    static ControlChart np(double[] counts, double size, Known known) {
        double center = known.center().orElse(VariablesCharts.mean(counts));
        double fraction = center / size;
        double[] sizes = new double[counts.length];
        java.util.Arrays.fill(sizes, size);
        return chart(ChartType.NP, counts, sizes, center, known, n -> Math.sqrt(center * (1 - fraction)), false);
    }

    /** Nonconformities per inspection unit of a constant size. */
    static ControlChart c(double[] counts, Known known) {
        double center = known.center().orElse(VariablesCharts.mean(counts));
        double[] sizes = new double[counts.length];
        java.util.Arrays.fill(sizes, 1);
        return chart(ChartType.C, counts, sizes, center, known, n -> Math.sqrt(center), false);
    }

    /** Nonconformities per unit, in samples of the given numbers of units. */
    static ControlChart u(double[] counts, double[] sizes, Known known) {
        double center = known.center().orElse(sum(counts) / sum(sizes));
        return chart(ChartType.U, counts, sizes, center, known, n -> Math.sqrt(center / n), true);
    }

    private static ControlChart chart(ChartType type, double[] counts, double[] sizes, double center, Known known,
            DoubleUnaryOperator sigmaAt, boolean perUnit) {
        List<PlottedPoint> points = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            double value = perUnit ? counts[i] / sizes[i] : counts[i];
            points.add(PlottedPoint.of(value, center, known.sigma().orElse(sigmaAt.applyAsDouble(sizes[i])), 0));
        }
        double averageSigma = known.sigma().orElse(sigmaAt.applyAsDouble(VariablesCharts.mean(sizes)));
        return new ControlChart(type, points, Limits.threeSigma(center, averageSigma, 0), Optional.empty(), Optional.empty());
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
