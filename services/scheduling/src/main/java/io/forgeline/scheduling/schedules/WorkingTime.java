package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.planning.ShiftCalendar;
import io.forgeline.scheduling.planning.ShiftCalendar.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pure rule: a machine's weekly shifts and breaks (wall-clock, in the plant's zone) and its one-off closures
 * laid out day by day over a {@link TimeAxis}, as the scheduler's {@link ShiftCalendar} and as the closed
 * periods a Gantt chart shades.
 */
public final class WorkingTime {

    private WorkingTime() {
    }

    public enum ClosedKind { OFF_SHIFT, BREAK, HOLIDAY, MAINTENANCE, BREAKDOWN }

    public record WeeklyWindow(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        /** A shift ending at or before its start runs past midnight. */
        boolean pastMidnight() {
            return !endsAt.isAfter(startsAt);
        }
    }

    /** [from, to) in minutes on the axis; {@code to} = Long.MAX_VALUE for open-ended. */
    public record Span(long from, long to, ClosedKind kind) {
    }

    public record Compiled(ShiftCalendar calendar, List<Span> closed) {
    }

    public static Compiled compile(TimeAxis axis, ZoneId zone, List<WeeklyWindow> shifts, List<WeeklyWindow> breaks,
            List<Span> closures) {
        long horizon = axis.horizonMinutes();
        List<long[]> working = union(layOut(axis, zone, shifts, horizon));
        List<long[]> pauses = intersect(union(layOut(axis, zone, breaks, horizon)), working);
        List<long[]> windows = subtract(working, pauses);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("the calendar has no working time before " + axis.horizonEnd());
        }
        ShiftCalendar calendar = ShiftCalendar.repeating(horizon, windows.stream().map(w -> new Window(w[0], w[1])).toList());
        List<Window> oneOff = new ArrayList<>();
        List<Span> closed = new ArrayList<>();
        for (long[] gap : subtract(List.of(new long[] {0, horizon}), working)) {
            closed.add(new Span(gap[0], gap[1], ClosedKind.OFF_SHIFT));
        }
        for (long[] pause : pauses) {
            closed.add(new Span(pause[0], pause[1], ClosedKind.BREAK));
        }
        for (Span closure : closures) {
            // an open-ended breakdown keeps the machine closed to the end of the horizon, so its work moves
            // to other machines or past the horizon instead of into a calendar that never opens
            long from = Math.max(0, closure.from());
            long to = Math.min(horizon, closure.to());
            if (to > from) {
                oneOff.add(new Window(from, to));
                closed.add(new Span(from, to, closure.kind()));
            }
        }
        closed.sort(Comparator.comparingLong(Span::from));
        return new Compiled(oneOff.isEmpty() ? calendar : calendar.withClosures(oneOff), closed);
    }

    private static List<long[]> layOut(TimeAxis axis, ZoneId zone, List<WeeklyWindow> weekly, long horizon) {
        List<long[]> spans = new ArrayList<>();
        LocalDate first = axis.origin().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = axis.horizonEnd().atZone(zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyWindow w : weekly) {
                if (w.day() != day.getDayOfWeek()) {
                    continue;
                }
                long from = axis.minutes(day.atTime(w.startsAt()).atZone(zone).toInstant());
                LocalDate endDay = w.pastMidnight() ? day.plusDays(1) : day;
                long to = axis.minutes(endDay.atTime(w.endsAt()).atZone(zone).toInstant());
                from = Math.max(0, from);
                to = Math.min(horizon, to);
                if (to > from) {
                    spans.add(new long[] {from, to});
                }
            }
        }
        return spans;
    }

    private static List<long[]> union(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new long[] {s[0], s[1]});
            }
        }
        return merged;
    }

    private static List<long[]> intersect(List<long[]> a, List<long[]> b) {
        List<long[]> out = new ArrayList<>();
        for (long[] x : a) {
            for (long[] y : b) {
                long from = Math.max(x[0], y[0]);
                long to = Math.min(x[1], y[1]);
                if (to > from) {
                    out.add(new long[] {from, to});
                }
            }
        }
        return out;
    }

    /** a minus b; both sorted and disjoint. */
    private static List<long[]> subtract(List<long[]> a, List<long[]> b) {
        List<long[]> out = new ArrayList<>();
        for (long[] x : a) {
            long cur = x[0];
            for (long[] y : b) {
                if (y[1] <= cur || y[0] >= x[1]) {
                    continue;
                }
                if (y[0] > cur) {
                    out.add(new long[] {cur, y[0]});
                }
                cur = Math.max(cur, y[1]);
            }
            if (cur < x[1]) {
                out.add(new long[] {cur, x[1]});
            }
        }
        return out;
    }
}
