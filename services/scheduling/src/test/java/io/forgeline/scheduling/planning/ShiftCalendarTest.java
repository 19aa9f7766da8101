package io.forgeline.scheduling.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftCalendarTest {
    // a day of 1440 minutes: early shift 06:00-14:00 with a break 10:00-10:30, late shift 14:00-22:00
    private final ShiftCalendar twoShifts = ShiftCalendar.repeating(1440, List.of(
            new ShiftCalendar.Window(360, 600), new ShiftCalendar.Window(630, 840), new ShiftCalendar.Window(840, 1320)));

    @Test
    void work_that_may_pause_continues_after_the_break() {
        assertEquals(660, twoShifts.finish(540, 90, true)); // 09:00 + 60 before the break, 30 after 10:30
    }

    @Test
    void work_that_may_not_pause_waits_for_a_window_long_enough() {
        assertEquals(630, twoShifts.earliestStart(540, 90, false));
    }

    @Test
    void the_shift_change_is_no_break_but_the_night_is() {
        assertTrue(twoShifts.isUninterrupted(800, 900));
        assertFalse(twoShifts.isUninterrupted(1300, 1440 + 400));
        assertEquals(1440 + 360, twoShifts.earliestStart(1320, 10, true));
    }

    @Test
    void working_minutes_are_counted_only_inside_windows() {
        assertEquals(240 + 210 + 480, twoShifts.workBetween(0, 1440));
    }

    @Test
    void a_calendar_without_working_time_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ShiftCalendar.repeating(1440, List.of()));
    }

    @Test
    void a_maintenance_closure_interrupts_an_always_open_machine() {
        ShiftCalendar down = ShiftCalendar.alwaysOpen().withClosures(List.of(new ShiftCalendar.Window(100, 160)));

        assertFalse(down.isAlwaysOpen());
        assertEquals(190, down.finish(80, 50, true));
        assertEquals(160, down.earliestStart(80, 50, false));
        assertEquals(40, down.workBetween(80, 180));
    }

    @Test
    void a_holiday_closes_the_shifts_of_that_day() {
        ShiftCalendar holiday = twoShifts.withClosures(List.of(new ShiftCalendar.Window(1440, 2880)));

        assertEquals(2880 + 360, holiday.earliestStart(1320, 10, true));
        assertEquals(0, holiday.workBetween(1440, 2880));
    }
}
