package io.forgeline.scheduling.masterdata.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.scheduling.masterdata.calendars.WorkingWeek.Refusal;
import io.forgeline.scheduling.masterdata.calendars.WorkingWeek.Slot;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    private static Slot slot(int day, String from, String to) {
        return new Slot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Optional<Refusal> check(List<Slot> shifts, List<Slot> breaks) {
        return WorkingWeek.check(shifts, breaks);
    }

    @Test
    void early_and_late_shift_touching_at_the_change_do_not_overlap() {
        assertTrue(check(List.of(slot(1, "06:00", "14:00"), slot(1, "14:00", "22:00")), List.of()).isEmpty());
    }

    @Test
    void two_shifts_sharing_an_hour_overlap_and_the_later_one_is_named() {
        Refusal refusal = check(List.of(slot(1, "06:00", "14:00"), slot(1, "13:00", "21:00")), List.of()).orElseThrow();

        assertEquals("shifts[1]", refusal.field());
        assertEquals("shift Mon 13:00-21:00 overlaps shift Mon 06:00-14:00 (shifts[0])", refusal.message());
    }

    @Test
    void a_night_shift_runs_into_the_next_morning_and_overlaps_its_early_shift() {
        Refusal refusal = check(List.of(slot(1, "22:00", "06:00"), slot(2, "05:00", "13:00")), List.of()).orElseThrow();

        assertEquals("shifts[1]", refusal.field());
    }

    @Test
    void a_night_shift_ending_when_the_early_shift_starts_is_fine() {
        assertTrue(check(List.of(slot(1, "22:00", "06:00"), slot(2, "06:00", "14:00")), List.of()).isEmpty());
    }

    @Test
    void sundays_night_shift_runs_into_monday_morning() {
        Refusal refusal = check(List.of(slot(1, "05:00", "13:00"), slot(7, "22:00", "06:00")), List.of()).orElseThrow();

        assertEquals("shifts[1]", refusal.field());
        assertTrue(check(List.of(slot(1, "06:00", "14:00"), slot(7, "22:00", "06:00")), List.of()).isEmpty());
    }

    @Test
    void a_shift_ending_at_its_start_lasts_a_whole_day() {
        assertTrue(check(List.of(slot(3, "06:00", "06:00"), slot(4, "06:00", "14:00")), List.of()).isEmpty());
        assertEquals("shifts[1]", check(List.of(slot(3, "06:00", "06:00"), slot(4, "05:00", "14:00")), List.of()).orElseThrow().field());
    }

    @Test
    void the_same_shift_twice_overlaps_itself() {
        assertEquals("shifts[1]", check(List.of(slot(2, "06:00", "14:00"), slot(2, "06:00", "14:00")), List.of()).orElseThrow().field());
    }

    @Test
    void a_calendar_without_shifts_has_no_working_time() {
        Refusal refusal = check(List.of(), List.of()).orElseThrow();

        assertEquals("shifts", refusal.field());
        assertTrue(refusal.message().startsWith("a calendar needs working time"));
    }

    @Test
    void a_break_inside_a_shift_is_accepted() {
        assertTrue(check(List.of(slot(1, "06:00", "14:00")), List.of(slot(1, "10:00", "10:30"))).isEmpty());
    }

    @Test
    void a_break_outside_every_shift_is_named() {
        Refusal refusal = check(List.of(slot(1, "06:00", "14:00")),
                List.of(slot(1, "10:00", "10:30"), slot(1, "15:00", "15:30"))).orElseThrow();

        assertEquals("breaks[1]", refusal.field());
        assertEquals("break Mon 15:00-15:30 does not lie inside a shift", refusal.message());
    }

    @Test
    void a_break_reaching_past_the_end_of_its_shift_is_refused() {
        assertEquals("breaks[0]", check(List.of(slot(1, "06:00", "14:00")), List.of(slot(1, "13:45", "14:15"))).orElseThrow().field());
    }

    @Test
    void a_break_across_the_change_of_two_touching_shifts_lies_in_working_time() {
        assertTrue(check(List.of(slot(1, "06:00", "14:00"), slot(1, "14:00", "22:00")), List.of(slot(1, "13:45", "14:15"))).isEmpty());
    }

    @Test
    void a_break_after_midnight_belongs_to_the_night_shift_of_the_day_before() {
        assertTrue(check(List.of(slot(1, "22:00", "06:00")), List.of(slot(2, "02:00", "02:30"))).isEmpty());
        assertTrue(check(List.of(slot(7, "22:00", "06:00")), List.of(slot(1, "02:00", "02:30"))).isEmpty());
        assertEquals("breaks[0]", check(List.of(slot(1, "22:00", "06:00")), List.of(slot(1, "02:00", "02:30"))).orElseThrow().field());
    }

    @Test
    void overlapping_breaks_are_refused() {
        Refusal refusal = check(List.of(slot(1, "06:00", "14:00")), List.of(slot(1, "10:00", "10:30"), slot(1, "10:15", "10:45")))
                .orElseThrow();

        assertEquals("breaks[1]", refusal.field());
    }
}
