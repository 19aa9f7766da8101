package io.forgeline.execution.oee;

import io.forgeline.execution.calendars.ShiftCalendar;
import io.forgeline.execution.calendars.ShiftCalendar.ShiftWindow;
import io.forgeline.execution.calendars.Span;
import io.forgeline.execution.signals.MachineRunState;
import io.forgeline.execution.signals.MachineTimeline;
import io.forgeline.execution.signals.MachineTimeline.CountedParts;
import io.forgeline.execution.signals.MachineTimeline.StateSpan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * OEE as ISO 22400-2 defines it, for one machine and one period: pure, no I/O. The definitions, what each figure comes
 * from and how pieces are attributed to periods and operations are written once in {@code docs/oee.md}; in short:
 * <ul>
 *   <li>PBT is the machine's planned busy time in the period (given: shift time less breaks and closures);</li>
 *   <li>APT, down, setup, idle and unknown time are the timeline's RUNNING, DOWN, SETUP, IDLE and UNKNOWN spans
 *       within PBT (PBT not covered by any span is unknown), so they add up to PBT;</li>
 *   <li>produced (PQ) is the PARTS counter's increments counted in the period when the period has any; otherwise the
 *       operators' reports (good + scrap + rework) reported in the period on the machine's operations. Rejects are the
 *       REJECTS counter's increments in the period if it has any, else the reported scrap + rework; GQ = PQ − rejects;</li>
 *   <li>Σ(PRU × PQ): a counted piece takes the PRU of the operation running on the machine when it was counted (the one
 *       started last, if two overlap); a reported piece the PRU of the operation it was reported on. A piece no
 *       operation was running for has no planned run time: it adds nothing.</li>
 * </ul>
 */
public final class OeeRule {

    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private OeeRule() {
    }

    /**
     * @param plannedBusy the machine's planned busy time inside the period (sorted, disjoint)
     * @param timeline    the machine's timeline over a window holding the period
     * @param operations  operations that ran on the machine around the period
     * @param reports     operators' reports on those operations around the period
     */
    public static OeeFigures figures(Period period, List<Span> plannedBusy, MachineTimeline timeline, List<RunningOperation> operations,
            List<ReportedQuantity> reports) {
        Span window = Span.of(period.from(), period.to());
        List<Span> pbt = Span.within(plannedBusy, window);
        long[] byState = new long[5];
        long covered = 0;
        for (StateSpan state : timeline.states()) {
            Span span = Span.of(state.from(), state.to());
            long shared = 0;
            for (Span busy : pbt) {
                shared += busy.overlap(span);
            }
            byState[state.state().ordinal()] += shared;
            covered += shared;
        }
        long plannedBusyTime = Span.total(pbt);
        // PBT no span covers is time the signals say nothing about
        long unknown = byState[MachineRunState.UNKNOWN.ordinal()] + Math.max(0, plannedBusyTime - covered);
        long running = byState[MachineRunState.RUNNING.ordinal()];
        long idle = byState[MachineRunState.IDLE.ordinal()];
        long down = byState[MachineRunState.DOWN.ordinal()];
        long setup = byState[MachineRunState.SETUP.ordinal()];

        List<CountedParts> counted = inside(timeline.parts(), window);
        List<CountedParts> rejected = inside(timeline.rejects(), window);
        List<ReportedQuantity> reported = reports.stream()
                .filter(r -> window.contains(r.reportedAt().toEpochMilli())).toList();
        Map<String, RunningOperation> byKey = operations.stream()
                .collect(Collectors.toMap(RunningOperation::key, Function.identity(), (a, b) -> a));

        BigDecimal produced = BigDecimal.ZERO;
        BigDecimal plannedRun = BigDecimal.ZERO;
        if (!counted.isEmpty()) {
            for (CountedParts parts : counted) {
                BigDecimal pieces = BigDecimal.valueOf(parts.quantity());
                produced = produced.add(pieces);
                plannedRun = plannedRun.add(plannedRunTime(runningAt(operations, parts.at()), pieces));
            }
        } else {
            for (ReportedQuantity report : reported) {
                BigDecimal pieces = report.good().add(report.scrap()).add(report.rework());
                produced = produced.add(pieces);
                plannedRun = plannedRun.add(plannedRunTime(Optional.ofNullable(byKey.get(report.operationKey())), pieces));
            }
        }
        BigDecimal rejects = !rejected.isEmpty()
                ? rejected.stream().map(r -> BigDecimal.valueOf(r.quantity())).reduce(BigDecimal.ZERO, BigDecimal::add)
                : reported.stream().map(r -> r.scrap().add(r.rework())).reduce(BigDecimal.ZERO, BigDecimal::add);
        // more rejects than pieces (a counter and a report that disagree) must not make good pieces negative
        BigDecimal good = produced.subtract(rejects).max(BigDecimal.ZERO);
        return new OeeFigures(period, plannedBusyTime, running, down, setup, idle, unknown, plannedRun, produced, good, rejects.min(produced));
    }

    /**
     * The periods of [from, to) at a grain: each shift of the calendar that overlaps the window (named after it), or
     * each of the plant's days; cut at the window's edges.
     */
    public static List<Period> periods(ShiftCalendar calendar, Instant from, Instant to, boolean byShift) {
        List<Period> periods = new ArrayList<>();
        if (byShift) {
            for (ShiftWindow shift : calendar.shiftsOverlapping(from, to)) {
                periods.add(new Period(later(shift.from(), from), earlier(shift.to(), to), shift.name()));
            }
        } else {
            for (Span day : calendar.days(from, to)) {
                periods.add(new Period(later(day.start(), from), earlier(day.end(), to), null));
            }
        }
        return periods;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** PRU × pieces in milliseconds; nothing when no operation (or one without a quantity) stands behind the pieces. */
    static BigDecimal plannedRunTime(Optional<RunningOperation> operation, BigDecimal pieces) {
        return operation.filter(op -> op.quantity().signum() > 0)
                .map(op -> op.runMinutes().multiply(MILLIS_PER_MINUTE).multiply(pieces).divide(op.quantity(), EXACT))
                .orElse(BigDecimal.ZERO);
    }

    /** The operation running on the machine at that instant; of two that overlap, the one started last. */
    static Optional<RunningOperation> runningAt(List<RunningOperation> operations, Instant at) {
        return operations.stream().filter(op -> op.runsAt(at)).max(Comparator.comparing(RunningOperation::startedAt));
    }

    private static List<CountedParts> inside(List<CountedParts> parts, Span window) {
        List<CountedParts> inside = new ArrayList<>();
        for (CountedParts part : parts) {
            if (window.contains(part.at().toEpochMilli())) {
                inside.add(part);
            }
        }
        return inside;
    }
}
