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
}
