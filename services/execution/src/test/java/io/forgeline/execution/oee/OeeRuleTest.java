package io.forgeline.execution.oee;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.execution.calendars.ShiftCalendar;
import io.forgeline.execution.calendars.ShiftCalendar.Closure;
import io.forgeline.execution.calendars.ShiftCalendar.ShiftWindow;
import io.forgeline.execution.calendars.ShiftCalendar.WeeklySlot;
import io.forgeline.execution.calendars.Span;
import io.forgeline.execution.signals.MachineRunState;
import io.forgeline.execution.signals.MachineTimeline;
import io.forgeline.execution.signals.MachineTimeline.CountedParts;
import io.forgeline.execution.signals.MachineTimeline.StateSpan;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed shifts (docs/oee.md has the first one worked through). The plant is in Europe/Berlin; 2026-06-15 is a
 * Monday in summer time (UTC+2).
 */
class OeeRuleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String M = "CNC-01";

    /** Mon 06:00-14:00 and 14:00-22:00, breaks 09:00-09:15 and 12:00-12:30 in the early shift. */
    static final ShiftCalendar TWO_SHIFTS = new ShiftCalendar("TWO-SHIFT", BERLIN,
            List.of(slot(DayOfWeek.MONDAY, "06:00", "14:00"), slot(DayOfWeek.MONDAY, "14:00", "22:00")),
            List.of(slot(DayOfWeek.MONDAY, "09:00", "09:15"), slot(DayOfWeek.MONDAY, "12:00", "12:30")),
            List.of());

    static WeeklySlot slot(DayOfWeek day, String from, String to) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Instant mon(String time) {
        return at("2026-06-15T" + time);
    }

    static StateSpan span(MachineRunState state, String from, String to) {
        return new StateSpan(state, mon(from), mon(to), state == MachineRunState.DOWN ? "E-SPINDLE" : null);
    }

    /** The order: 100 pieces, 300 run minutes for all of them, so PRU = 3 min. */
    static final RunningOperation OP_10 = new RunningOperation("MO-1/10", mon("05:50"), null, new BigDecimal("300"), new BigDecimal("100"));

    static Period early() {
        return new Period(mon("06:00"), mon("14:00"), "Mon 06:00-14:00");
    }

    /** The worked example of docs/oee.md: setup, two breaks, two micro-stops, a breakdown, 100 pieces of which 4 rejected. */
    static MachineTimeline workedShift() {
        List<StateSpan> states = List.of(
                span(MachineRunState.SETUP, "06:00", "06:30"),
                span(MachineRunState.RUNNING, "06:30", "09:00"),
                span(MachineRunState.IDLE, "09:00", "09:15"),      // the break: not planned time
                span(MachineRunState.RUNNING, "09:15", "10:00"),
                span(MachineRunState.IDLE, "10:00", "10:05"),      // micro-stop
                span(MachineRunState.RUNNING, "10:05", "11:00"),
                span(MachineRunState.DOWN, "11:00", "11:40"),      // breakdown
                span(MachineRunState.RUNNING, "11:40", "12:00"),
                span(MachineRunState.IDLE, "12:00", "12:30"),      // the lunch break
                span(MachineRunState.RUNNING, "12:30", "13:50"),
                span(MachineRunState.IDLE, "13:50", "13:53"),      // micro-stop
                span(MachineRunState.RUNNING, "13:53", "14:00"));
        List<CountedParts> parts = new ArrayList<>();
        for (int hour = 7; hour <= 13; hour++) {
            parts.add(new CountedParts(mon(String.format("%02d:30", hour)), hour == 13 ? 16 : 14)); // 6 × 14 + 16 = 100
        }
        parts.add(new CountedParts(mon("05:59:59"), 3));   // the shift before: not this one's
        parts.add(new CountedParts(mon("14:00"), 5));      // counted at the boundary: the next shift's
        List<CountedParts> rejects = List.of(new CountedParts(mon("08:00"), 1), new CountedParts(mon("12:45"), 3));
        return new MachineTimeline(M, mon("05:00"), mon("15:00"), states, parts, rejects);
    }

    static OeeFigures figures(Period period, MachineTimeline timeline, List<RunningOperation> ops, List<ReportedQuantity> reports) {
        return OeeRule.figures(period, TWO_SHIFTS.plannedBusy(M, period.from(), period.to()), timeline, ops, reports);
    }

    static long min(long minutes) {
        return minutes * 60_000;
    }

    @Test
    void the_worked_shift_gives_the_hand_computed_times() {
        OeeFigures f = figures(early(), workedShift(), List.of(OP_10), List.of());

        assertThat(f.plannedBusy()).isEqualTo(min(480 - 15 - 30));         // 435
        assertThat(f.actualProduction()).isEqualTo(min(150 + 45 + 55 + 20 + 80 + 7)); // 357
        assertThat(f.setup()).isEqualTo(min(30));
        assertThat(f.down()).isEqualTo(min(40));
        assertThat(f.idle()).isEqualTo(min(5 + 3));
        assertThat(f.unknown()).isZero();
    }

    @Test
    void the_worked_shift_gives_the_hand_computed_factors() {
        OeeFigures f = figures(early(), workedShift(), List.of(OP_10), List.of());

        assertThat(f.produced()).isEqualByComparingTo("100");
        assertThat(f.good()).isEqualByComparingTo("96");
        assertThat(f.scrap()).isEqualByComparingTo("4");
        assertThat(f.plannedRunTime()).isEqualByComparingTo(BigDecimal.valueOf(min(300)));  // 100 × 3 min
        assertThat(f.availability()).isEqualByComparingTo("0.8207");  // 357 / 435 = 0.820689…
        assertThat(f.performance()).isEqualByComparingTo("0.8403");   // 300 / 357 = 0.840336…
        assertThat(f.quality()).isEqualByComparingTo("0.9600");       // 96 / 100
        assertThat(f.oee()).isEqualByComparingTo("0.6621");           // 300 × 96 / (435 × 100) = 0.662068…
    }

    @Test
    void the_times_of_a_period_add_up_to_its_planned_busy_time() {
        OeeFigures f = figures(early(), workedShift(), List.of(OP_10), List.of());

        assertThat(f.actualProduction() + f.down() + f.setup() + f.idle() + f.unknown()).isEqualTo(f.plannedBusy());
    }

    @Test
    void a_piece_counted_on_the_boundary_belongs_to_the_shift_that_starts_there() {
        Period late = new Period(mon("14:00"), mon("22:00"), "Mon 14:00-22:00");

        OeeFigures f = figures(late, workedShift(), List.of(OP_10), List.of());

        assertThat(f.produced()).isEqualByComparingTo("5");
        assertThat(f.good()).isEqualByComparingTo("5");   // no reject counted in the late shift
        assertThat(f.quality()).isEqualByComparingTo("1");
    }

    @Test
    void a_period_without_planned_time_has_no_factors_and_no_division_by_zero() {
        Instant sunday = at("2026-06-14T00:00");
        Period day = new Period(sunday, sunday.plusSeconds(86_400), null);
        MachineTimeline nothing = new MachineTimeline(M, day.from(), day.to(), List.of(), List.of(), List.of());

        OeeFigures f = figures(day, nothing, List.of(), List.of());

        assertThat(f.plannedBusy()).isZero();
        assertThat(f.availability()).isNull();
        assertThat(f.performance()).isNull();
        assertThat(f.quality()).isNull();
        assertThat(f.oee()).isNull();
    }

    @Test
    void a_machine_down_all_shift_has_availability_zero_and_no_performance() {
        MachineTimeline down = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.DOWN, "06:00", "14:00")), List.of(), List.of());

        OeeFigures f = figures(early(), down, List.of(OP_10), List.of());

        assertThat(f.down()).isEqualTo(min(435));
        assertThat(f.availability()).isEqualByComparingTo("0");
        assertThat(f.performance()).isNull();
        assertThat(f.quality()).isNull();
        assertThat(f.oee()).isNull();
    }

    @Test
    void planned_time_the_timeline_does_not_cover_is_unknown() {
        MachineTimeline half = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "09:00"), span(MachineRunState.UNKNOWN, "09:15", "10:00")), List.of(), List.of());

        OeeFigures f = figures(early(), half, List.of(OP_10), List.of());

        assertThat(f.actualProduction()).isEqualTo(min(180));
        assertThat(f.unknown()).isEqualTo(min(435 - 180));
    }

    @Test
    void without_counter_readings_the_operators_reports_count_and_their_scrap_and_rework_are_the_rejects() {
        MachineTimeline noCounter = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "14:00")), List.of(), List.of());
        List<ReportedQuantity> reports = List.of(
                new ReportedQuantity("MO-1/10", mon("10:00"), new BigDecimal("60"), new BigDecimal("2"), new BigDecimal("3")),
                new ReportedQuantity("MO-1/10", mon("13:59"), new BigDecimal("35"), BigDecimal.ZERO, BigDecimal.ZERO),
                new ReportedQuantity("MO-1/10", mon("14:01"), new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO));

        OeeFigures f = figures(early(), noCounter, List.of(OP_10), reports);

        assertThat(f.produced()).isEqualByComparingTo("100");   // 65 + 35; the report at 14:01 is the late shift's
        assertThat(f.scrap()).isEqualByComparingTo("5");
        assertThat(f.good()).isEqualByComparingTo("95");
        assertThat(f.plannedRunTime()).isEqualByComparingTo(BigDecimal.valueOf(min(300)));
        assertThat(f.performance()).isEqualByComparingTo("0.6897"); // 300 / 435
    }

    @Test
    void counted_parts_with_reported_scrap_take_the_reports_as_rejects_when_the_machine_counts_no_rejects() {
        MachineTimeline counted = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "14:00")), List.of(new CountedParts(mon("10:00"), 40)), List.of());
        List<ReportedQuantity> reports = List.of(
                new ReportedQuantity("MO-1/10", mon("10:05"), new BigDecimal("36"), new BigDecimal("4"), BigDecimal.ZERO));

        OeeFigures f = figures(early(), counted, List.of(OP_10), reports);

        assertThat(f.produced()).isEqualByComparingTo("40");
        assertThat(f.good()).isEqualByComparingTo("36");
    }

    @Test
    void a_counted_piece_takes_the_run_time_of_the_operation_running_when_it_was_counted() {
        RunningOperation first = new RunningOperation("MO-1/10", mon("06:00"), mon("10:00"), new BigDecimal("300"), new BigDecimal("100"));
        RunningOperation second = new RunningOperation("MO-2/10", mon("10:00"), null, new BigDecimal("60"), new BigDecimal("60"));
        MachineTimeline counted = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "14:00")),
                List.of(new CountedParts(mon("09:00"), 10), new CountedParts(mon("10:00"), 2), new CountedParts(mon("11:00"), 20)),
                List.of());

        OeeFigures f = figures(early(), counted, List.of(first, second), List.of());

        // 10 × 3 min for MO-1; at 10:00 both run, MO-2 started last: 2 × 1 min; 20 × 1 min
        assertThat(f.plannedRunTime()).isEqualByComparingTo(BigDecimal.valueOf(min(30 + 2 + 20)));
    }

    @Test
    void pieces_counted_while_no_operation_ran_add_no_planned_run_time() {
        MachineTimeline counted = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "14:00")), List.of(new CountedParts(mon("07:00"), 10)), List.of());
        RunningOperation later = new RunningOperation("MO-1/10", mon("08:00"), null, new BigDecimal("300"), new BigDecimal("100"));

        OeeFigures f = figures(early(), counted, List.of(later), List.of());

        assertThat(f.produced()).isEqualByComparingTo("10");
        assertThat(f.plannedRunTime()).isEqualByComparingTo("0");
        assertThat(f.performance()).isEqualByComparingTo("0");
    }

    @Test
    void more_rejects_than_pieces_leave_no_good_pieces_rather_than_negative_ones() {
        MachineTimeline counted = new MachineTimeline(M, mon("06:00"), mon("14:00"),
                List.of(span(MachineRunState.RUNNING, "06:00", "14:00")), List.of(new CountedParts(mon("07:00"), 2)),
                List.of(new CountedParts(mon("07:00"), 5)));

        OeeFigures f = figures(early(), counted, List.of(OP_10), List.of());

        assertThat(f.good()).isEqualByComparingTo("0");
        assertThat(f.quality()).isEqualByComparingTo("0");
    }

    @Test
    void a_holiday_of_the_calendar_takes_its_time_out_of_planned_busy_time_and_a_closure_of_another_machine_does_not() {
        ShiftCalendar closed = new ShiftCalendar("TWO-SHIFT", BERLIN, TWO_SHIFTS.shifts(), TWO_SHIFTS.breaks(), List.of(
                new Closure(mon("13:00"), mon("18:00"), null, "works meeting"),
                new Closure(mon("06:00"), mon("08:00"), "CNC-02", "maintenance"),
                new Closure(mon("06:00"), mon("07:00"), M, "maintenance")));

        List<Span> pbt = closed.plannedBusy(M, mon("06:00"), mon("14:00"));

        assertThat(Span.total(pbt)).isEqualTo(min(435 - 60 - 60));
    }

    @Test
    void a_night_shift_crosses_midnight_with_its_break_on_the_next_weekday() {
        ShiftCalendar night = new ShiftCalendar("NIGHT", BERLIN, List.of(slot(DayOfWeek.MONDAY, "22:00", "06:00")),
                List.of(slot(DayOfWeek.TUESDAY, "02:00", "02:30")), List.of());

        List<ShiftWindow> shifts = night.shiftsOverlapping(mon("12:00"), at("2026-06-16T12:00"));

        assertThat(shifts).containsExactly(new ShiftWindow(mon("22:00"), at("2026-06-16T06:00"), "Mon 22:00-06:00"));
        assertThat(Span.total(night.plannedBusy(M, mon("22:00"), at("2026-06-16T06:00")))).isEqualTo(min(450));
    }

    @Test
    void the_night_the_clocks_go_forward_has_one_hour_less_and_the_night_they_go_back_one_more() {
        ShiftCalendar night = new ShiftCalendar("NIGHT", BERLIN, List.of(slot(DayOfWeek.SATURDAY, "22:00", "06:00")), List.of(), List.of());

        ShiftWindow spring = night.shiftsOverlapping(at("2026-03-28T12:00"), at("2026-03-29T12:00")).get(0);
        ShiftWindow autumn = night.shiftsOverlapping(at("2026-10-24T12:00"), at("2026-10-25T12:00")).get(0);

        assertThat(Span.of(spring.from(), spring.to()).millis()).isEqualTo(min(7 * 60));
        assertThat(Span.of(autumn.from(), autumn.to()).millis()).isEqualTo(min(9 * 60));
        assertThat(Span.total(night.plannedBusy(M, autumn.from(), autumn.to()))).isEqualTo(min(9 * 60));
    }

    @Test
    void a_day_in_the_plant_zone_is_23_hours_when_the_clocks_go_forward() {
        List<Span> days = TWO_SHIFTS.days(at("2026-03-29T00:00"), at("2026-03-30T00:00"));

        assertThat(days).hasSize(1);
        assertThat(days.get(0).millis()).isEqualTo(min(23 * 60));
    }

    @Test
    void a_shift_cut_by_the_asked_window_counts_only_its_part_inside() {
        List<Span> pbt = TWO_SHIFTS.plannedBusy(M, mon("10:00"), mon("13:00"));

        assertThat(Span.total(pbt)).isEqualTo(min(180 - 30));
    }

    @Test
    void a_work_center_adds_its_machines_times_and_pieces_and_divides_the_sums_rather_than_averaging_ratios() {
        Period p = early();
        OeeFigures a = new OeeFigures(p, min(400), min(400), 0, 0, 0, min(0), BigDecimal.valueOf(min(400)), new BigDecimal("100"),
                new BigDecimal("100"), BigDecimal.ZERO);
        OeeFigures b = new OeeFigures(p, min(100), min(50), min(50), 0, 0, 0, BigDecimal.valueOf(min(25)), new BigDecimal("10"),
                new BigDecimal("5"), new BigDecimal("5"));

        OeeFigures sum = a.plus(b);

        assertThat(sum.availability()).isEqualByComparingTo("0.9000");   // 450 / 500, not (1 + 0.5) / 2
        assertThat(sum.performance()).isEqualByComparingTo("0.9444");    // 425 / 450
        assertThat(sum.quality()).isEqualByComparingTo("0.9545");        // 105 / 110
        assertThat(sum.oee()).isEqualByComparingTo("0.8114");            // 425 × 105 / (500 × 110)
    }

    @Test
    void minutes_are_shown_to_two_decimals_half_up() {
        assertThat(OeeFigures.minutes(90_300)).isEqualByComparingTo("1.51");
        assertThat(OeeFigures.minutes(min(435))).isEqualByComparingTo("435.00");
    }
}
