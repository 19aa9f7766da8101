package io.forgeline.execution.oee;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The ISO 22400-2 figures of one machine (or the sum of a work center's machines) in one period, exact: times in
 * milliseconds, quantities and planned run time as decimals. The factors are derived from them only when asked and
 * rounded to {@value #SCALE} decimals (half up); a sum of machines adds these raw figures, never ratios. The definitions
 * are in {@code docs/oee.md}.
 *
 * @param plannedBusy   PBT: shift time less breaks and planned closures
 * @param actualProduction APT: time RUNNING within PBT
 * @param down          time DOWN within PBT
 * @param setup         time in SETUP within PBT
 * @param idle          time IDLE within PBT (micro-stops and waiting)
 * @param unknown       time within PBT the signals say nothing about (UNKNOWN, or not covered by the timeline)
 * @param plannedRunTime Σ PRU × PQ over the pieces produced in the period, in milliseconds
 * @param produced      PQ: produced quantity
 * @param good          GQ: good quantity, PQ less rejects (never below 0)
 * @param scrap         the rejects: scrap and rework
 */
public record OeeFigures(Period period, long plannedBusy, long actualProduction, long down, long setup, long idle, long unknown,
                         BigDecimal plannedRunTime, BigDecimal produced, BigDecimal good, BigDecimal scrap) {

    public static final int SCALE = 4;
    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** Availability APT / PBT; null without planned busy time. */
    public BigDecimal availability() {
        return ratio(BigDecimal.valueOf(actualProduction), BigDecimal.valueOf(plannedBusy));
    }

    /** Effectiveness (performance) Σ(PRU × PQ) / APT; null without actual production time. */
    public BigDecimal performance() {
        return ratio(plannedRunTime, BigDecimal.valueOf(actualProduction));
    }

    /** Quality rate GQ / PQ; null when nothing was produced. */
    public BigDecimal quality() {
        return ratio(good, produced);
    }

    /**
     * OEE = availability × effectiveness × quality rate, multiplied before rounding (= Σ(PRU × PQ) × GQ / (PBT × PQ));
     * null when any factor is.
     */
    public BigDecimal oee() {
        if (plannedBusy == 0 || actualProduction == 0 || produced.signum() == 0) {
            return null;
        }
        BigDecimal numerator = plannedRunTime.multiply(good, EXACT);
        BigDecimal denominator = BigDecimal.valueOf(plannedBusy).multiply(produced, EXACT);
        return numerator.divide(denominator, EXACT).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Both machines' figures added up for one period (a work center's row). */
    public OeeFigures plus(OeeFigures other) {
        return new OeeFigures(period, plannedBusy + other.plannedBusy, actualProduction + other.actualProduction, down + other.down,
                setup + other.setup, idle + other.idle, unknown + other.unknown, plannedRunTime.add(other.plannedRunTime),
                produced.add(other.produced), good.add(other.good), scrap.add(other.scrap));
    }

    /** Milliseconds as minutes to two decimals (half up), as the API shows times. */
    public static BigDecimal minutes(long millis) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, EXACT).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
