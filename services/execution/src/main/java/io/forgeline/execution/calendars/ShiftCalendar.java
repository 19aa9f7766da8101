package io.forgeline.execution.calendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A shift calendar as scheduling published it, turned into time: weekly shifts and breaks in wall-clock time of the
 * plant's zone, and planned closures (holidays of the calendar, maintenance of one machine). Pure: no I/O.
 *
 * <p>Wall-clock times become instants through {@link ZonedDateTime#of}: a time that the spring daylight-saving change
 * skips moves forward by the gap, a time the autumn change repeats takes the earlier (summer) offset. So a night shift
 * 22:00-06:00 lasts 7 hours on the night clocks go forward and 9 on the night they go back, as the people on it work.
 * See {@code docs/oee.md}.
 */
public record ShiftCalendar(String code, ZoneId zone, List<WeeklySlot> shifts, List<WeeklySlot> breaks, List<Closure> closures) {

    /** A shift or a break on one weekday; a shift ending at or before its start runs past midnight (breaks never do). */
    public record WeeklySlot(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {

        boolean runsPastMidnight() {
            return !endsAt.isAfter(startsAt);
        }

        String label() {
            return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + startsAt + "-" + endsAt;
        }
    }

    /** Planned time off: of the whole calendar when {@code machineCode} is null, else of that machine only. */
    public record Closure(Instant from, Instant to, String machineCode, String reason) {
    }

    /** One occurrence of a weekly shift: when it starts and ends, and how people call it ("Mon 06:00-14:00"). */
    public record ShiftWindow(Instant from, Instant to, String name) {
    }

    /** Shift occurrences that overlap [from, to), in time order, whole (not cut at the window's edges). */
    public List<ShiftWindow> shiftsOverlapping(Instant from, Instant to) {
        List<ShiftWindow> windows = new ArrayList<>();
        for (LocalDate date = dateOf(from).minusDays(1); !date.isAfter(dateOf(to)); date = date.plusDays(1)) {
            for (WeeklySlot shift : shifts) {
                if (shift.day() != date.getDayOfWeek()) {
                    continue;
                }
                Instant start = ZonedDateTime.of(date, shift.startsAt(), zone).toInstant();
                Instant end = ZonedDateTime.of(shift.runsPastMidnight() ? date.plusDays(1) : date, shift.endsAt(), zone).toInstant();
                if (start.isBefore(to) && end.isAfter(from)) {
                    windows.add(new ShiftWindow(start, end, shift.label()));
                }
            }
        }
        windows.sort(Comparator.comparing(ShiftWindow::from));
        return windows;
    }

    /**
     * Planned busy time of a machine on this calendar inside [from, to): shift time less breaks, less the calendar's
     * closures and the machine's own, as sorted disjoint spans.
     */
    public List<Span> plannedBusy(String machineCode, Instant from, Instant to) {
        Span window = Span.of(from, to);
        List<Span> shiftTime = new ArrayList<>();
        for (ShiftWindow shift : shiftsOverlapping(from, to)) {
            shiftTime.add(Span.of(shift.from(), shift.to()));
        }
        List<Span> off = new ArrayList<>();
        for (LocalDate date = dateOf(from).minusDays(1); !date.isAfter(dateOf(to)); date = date.plusDays(1)) {
            for (WeeklySlot pause : breaks) {
                if (pause.day() == date.getDayOfWeek()) {
                    Instant start = ZonedDateTime.of(date, pause.startsAt(), zone).toInstant();
                    Instant end = ZonedDateTime.of(date, pause.endsAt(), zone).toInstant();
                    if (end.isAfter(start)) {
                        off.add(Span.of(start, end));
                    }
                }
            }
        }
        for (Closure closure : closures) {
            if (closure.machineCode() == null || closure.machineCode().equals(machineCode)) {
                Instant end = closure.to() == null ? to : closure.to();
                if (end.isAfter(closure.from())) {
                    off.add(Span.of(closure.from(), end));
                }
            }
        }
        return Span.within(Span.minus(shiftTime, off), window);
    }

    /** The plant's calendar days that overlap [from, to), each as [its midnight, the next midnight). */
    public List<Span> days(Instant from, Instant to) {
        List<Span> days = new ArrayList<>();
        for (LocalDate date = dateOf(from); date.atStartOfDay(zone).toInstant().isBefore(to); date = date.plusDays(1)) {
            days.add(Span.of(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return days;
    }

    private LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
