package io.forgeline.quality.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The tests for special causes on a primary chart, evaluated at every point: a point completing a pattern is a
 * violation at its index, and a longer run keeps firing at every further point. "Beyond" a zone is strictly beyond
 * (a point on a limit is inside); a point on the center line belongs to neither side; equal neighbours break a
 * trend and an alternation; a point on the 1σ line is within 1σ (test 7), and eight in a row beyond 1σ must lie on
 * both sides (test 8, as Nelson wrote it; eight on one side is test 6's business). These are the conventions of
 * the R package qcc. Zones are read in sigmas of the plotted statistic, so per-point limits (p and u charts with
 * unequal samples) are honoured.
 *
 * <p>Nelson (numbered 1–8 as Minitab's tests): 1 one point beyond 3σ; 2 nine in a row on one side; 3 six in a row
 * steadily increasing or decreasing; 4 fourteen in a row alternating up and down; 5 two of three beyond 2σ on one
 * side; 6 four of five beyond 1σ on one side; 7 fifteen in a row within 1σ; 8 eight in a row beyond 1σ, on both sides. Western Electric (numbered 1–4): 1 beyond 3σ; 2 two of three beyond 2σ; 3 four of five beyond 1σ; 4 eight
 * in a row on one side.
 */
public enum RunRules {
    NELSON, WESTERN_ELECTRIC;

    /** A point that completes a rule's pattern. */
    public record Violation(int rule, int index) {
    }

    public List<Violation> evaluate(List<PlottedPoint> points) {
        List<Violation> violations = new ArrayList<>();
        Runs runs = new Runs();
        for (int i = 0; i < points.size(); i++) {
            double z = points.get(i).z();
            runs.add(i == 0 ? null : points.get(i - 1).value(), points.get(i).value(), z);
            boolean[] hits = this == NELSON ? nelson(points, i, z, runs) : westernElectric(points, i, z, runs);
            for (int rule = 0; rule < hits.length; rule++) {
                if (hits[rule]) {
                    violations.add(new Violation(rule + 1, i));
                }
            }
        }
        return violations;
    }

    private static boolean[] nelson(List<PlottedPoint> points, int i, double z, Runs runs) {
        return new boolean[] {
            Math.abs(z) > 3,
            runs.sameSide >= 9,
            runs.trend >= 6,
            runs.alternating >= 14,
            inWindow(points, i, z, 3, 2, 2),
            inWindow(points, i, z, 5, 4, 1),
            runs.withinOne >= 15,
            runs.beyondOne >= 8 && bothSides(points, i, 8),
        };
    }

    private static boolean[] westernElectric(List<PlottedPoint> points, int i, double z, Runs runs) {
        return new boolean[] {
            Math.abs(z) > 3,
            inWindow(points, i, z, 3, 2, 2),
            inWindow(points, i, z, 5, 4, 1),
            runs.sameSide >= 8,
        };
    }

    /** At least {@code needed} of the last {@code window} points beyond {@code sigmas} on the side of point i, itself one of them. */
    private static boolean inWindow(List<PlottedPoint> points, int i, double z, int window, int needed, double sigmas) {
        if (i < window - 1 || Math.abs(z) <= sigmas) {
            return false;
        }
        double side = Math.signum(z);
        int beyond = 0;
        for (int j = i - window + 1; j <= i; j++) {
            if (points.get(j).z() * side > sigmas) {
                beyond++;
            }
        }
        return beyond >= needed;
    }

    private static boolean bothSides(List<PlottedPoint> points, int i, int window) {
        boolean above = false;
        boolean below = false;
        for (int j = i - window + 1; j <= i; j++) {
            above |= points.get(j).z() > 0;
            below |= points.get(j).z() < 0;
        }
        return above && below;
    }

    /** Lengths of the runs that end at the current point. */
    private static final class Runs {

        int sameSide;
        int trend;
        int alternating;
        int withinOne;
        int beyondOne;
        private double side;
        private double direction;
        private double lastStep;

        void add(Double previous, double value, double z) {
            double thisSide = Math.signum(z);
            sameSide = thisSide != 0 && thisSide == side ? sameSide + 1 : (thisSide != 0 ? 1 : 0);
            side = thisSide;
            withinOne = Math.abs(z) <= 1 ? withinOne + 1 : 0;
            beyondOne = Math.abs(z) > 1 ? beyondOne + 1 : 0;
            if (previous == null) {
                trend = 1;
                alternating = 1;
                return;
            }
            double step = Math.signum(value - previous);
            trend = step != 0 && step == direction ? trend + 1 : (step != 0 ? 2 : 1);
            direction = step;
            alternating = step != 0 && step == -lastStep ? alternating + 1 : (step != 0 ? 2 : 1);
            lastStep = step;
        }
    }
}
