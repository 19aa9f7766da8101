package io.forgeline.quality.spc;

import org.apache.commons.math3.special.Gamma;

/**
 * The constants of Shewhart charts for a subgroup of n (2..25): d2 and d3 relate the range to sigma, c4 the sample
 * standard deviation. d2 has the three decimals every textbook, Minitab and qcc estimate sigma with (R̄/2.326), so
 * limits match the published examples; d3 has five (integrated numerically), because D3 and D4 computed from a
 * three-decimal d3 miss the printed tables (D4(2) would be 3.269, not 3.267). c4 is exact. A2, A3, B3, B4, D3 and
 * D4 are all derived from these three, so no table can disagree with another.
 */
public final class ChartConstants {

    public static final int SMALLEST = 2;
    public static final int LARGEST = 25;

    private static final double[] D2 = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
        3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931};
    private static final double[] D3 = {0.85250, 0.88837, 0.87981, 0.86408, 0.84804, 0.83321, 0.81983, 0.80783, 0.79705, 0.78731,
        0.77848, 0.77042, 0.76302, 0.75621, 0.74991, 0.74405, 0.73859, 0.73348, 0.72869, 0.72417, 0.71991, 0.71589, 0.71207, 0.70844};

    private ChartConstants() {
    }

    /** Expected range of n normal values in units of sigma. */
    public static double d2(int n) {
        return D2[index(n)];
    }

    /** Standard deviation of that range in units of sigma. */
    public static double d3(int n) {
        return D3[index(n)];
    }

    /** Expected sample standard deviation (n − 1) of n normal values in units of sigma. */
    public static double c4(int n) {
        index(n);
        return Math.sqrt(2.0 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
    }

    public static double a2(int n) {
        return 3 / (d2(n) * Math.sqrt(n));
    }

    public static double a3(int n) {
        return 3 / (c4(n) * Math.sqrt(n));
    }

    public static double d3Factor(int n) {
        return Math.max(0, 1 - 3 * d3(n) / d2(n));
    }

    public static double d4Factor(int n) {
        return 1 + 3 * d3(n) / d2(n);
    }

    public static double b3(int n) {
        return Math.max(0, 1 - 3 * Math.sqrt(1 - c4(n) * c4(n)) / c4(n));
    }

    public static double b4(int n) {
        return 1 + 3 * Math.sqrt(1 - c4(n) * c4(n)) / c4(n);
    }

    private static int index(int n) {
        if (n < SMALLEST || n > LARGEST) {
            throw new IllegalArgumentException("chart constants exist for subgroups of " + SMALLEST + " to " + LARGEST + ", not " + n);
        }
        return n - SMALLEST;
    }
}
