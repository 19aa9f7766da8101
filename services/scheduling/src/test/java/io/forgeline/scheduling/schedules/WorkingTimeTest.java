package io.forgeline.scheduling.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.scheduling.schedules.WorkingTime.ClosedKind;
import io.forgeline.scheduling.schedules.WorkingTime.Compiled;
import io.forgeline.scheduling.schedules.WorkingTime.Span;
import io.forgeline.scheduling.schedules.WorkingTime.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<WeeklyWindow> weekdays(String from, String to) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            windows.add(new WeeklyWindow(DayOfWeek.of(d), LocalTime.parse(from), LocalTime.parse(to)));
        }
        return windows;
    }

    /** Monday 2026-03-23 00:00 Berlin; the clocks went forward on Sunday 2026-03-29. */
    private static final Instant MONDAY = Instant.parse("2026-03-22T23:00:00Z");

    @Test
    void an_early_shift_starts_at_six_in_the_plants_zone() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("06:00", "14:00"), List.of(), List.of());
        assertEquals(axis.minutes(Instant.parse("2026-03-23T05:00:00Z")), c.calendar().earliestStart(0, 60, false));
    }

    @Test
    void after_the_change_to_summer_time_six_oclock_is_an_hour_earlier_in_utc() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("06:00", "14:00"), List.of(), List.of());
        long secondMonday = axis.minutes(Instant.parse("2026-03-30T00:00:00Z"));
        assertEquals(axis.minutes(Instant.parse("2026-03-30T04:00:00Z")), c.calendar().earliestStart(secondMonday, 60, false));
    }

    @Test
    void work_that_may_not_pause_waits_for_a_window_without_the_break() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        List<WeeklyWindow> breaks = List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.parse("10:00"), LocalTime.parse("10:30")));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("06:00", "14:00"), breaks, List.of());
        long mondaySix = axis.minutes(Instant.parse("2026-03-23T05:00:00Z"));
        // 5 hours do not fit before the break (4 h) nor after it (3.5 h) on Monday: Tuesday 06:00
        assertEquals(mondaySix + 24 * 60, c.calendar().earliestStart(mondaySix, 300, false));
        // work that may pause starts at once and finishes half an hour later than the clock says
        assertEquals(mondaySix + 330, c.calendar().finish(mondaySix, 300, true));
        assertTrue(c.closed().stream().anyMatch(s -> s.kind() == ClosedKind.BREAK && s.from() == mondaySix + 240));
    }

    @Test
    void a_night_shift_runs_past_midnight_into_the_next_day() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("22:00", "06:00"), List.of(), List.of());
        long mondayTen = axis.minutes(Instant.parse("2026-03-23T21:00:00Z"));
        assertTrue(c.calendar().isUninterrupted(mondayTen, mondayTen + 8 * 60));
    }

    @Test
    void an_open_ended_breakdown_closes_the_machine_to_the_end_of_the_horizon() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("06:00", "22:00"), List.of(),
                List.of(new Span(0, Long.MAX_VALUE, ClosedKind.BREAKDOWN)));
        assertTrue(c.calendar().earliestStart(0, 60, true) >= axis.horizonMinutes());
        assertTrue(c.closed().stream().anyMatch(s -> s.kind() == ClosedKind.BREAKDOWN && s.to() == axis.horizonMinutes()));
    }

    @Test
    void a_holiday_closes_a_working_day() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        long tuesday = axis.minutes(Instant.parse("2026-03-23T23:00:00Z"));
        Compiled c = WorkingTime.compile(axis, BERLIN, weekdays("06:00", "14:00"), List.of(),
                List.of(new Span(tuesday, tuesday + 24 * 60, ClosedKind.HOLIDAY)));
        long start = c.calendar().earliestStart(tuesday, 60, false);
        assertEquals(axis.minutes(Instant.parse("2026-03-25T05:00:00Z")), start);
        assertFalse(c.closed().isEmpty());
    }

    @Test
    void a_calendar_without_working_time_is_refused() {
        TimeAxis axis = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(14)));
        assertThrows(IllegalArgumentException.class, () -> WorkingTime.compile(axis, BERLIN, List.of(), List.of(), List.of()));
    }
}
