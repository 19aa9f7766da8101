package io.forgeline.execution.signals;

import static io.forgeline.execution.signals.MachineRunState.DOWN;
import static io.forgeline.execution.signals.MachineRunState.IDLE;
import static io.forgeline.execution.signals.MachineRunState.RUNNING;
import static io.forgeline.execution.signals.MachineRunState.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.execution.signals.MachineTimeline.CountedParts;
import io.forgeline.execution.signals.MachineTimeline.StateSpan;
import io.forgeline.execution.signals.TimelineRule.CounterRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
    private static final Duration SILENCE = Duration.ofSeconds(60);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Signal.State state(int minutes, MachineRunState state) {
        return new Signal.State(at(minutes), state, null);
    }

    private static MachineTimeline timeline(List<Signal.State> states, List<CounterRow> parts, Instant lastSignal, Instant now) {
        return TimelineRule.build("M-1", at(0), at(60), states, parts, List.of(), lastSignal, SILENCE, now);
    }

    @Test
    void spans_cover_the_window_starting_with_the_state_in_force_before_it() {
        MachineTimeline t = timeline(List.of(state(-10, RUNNING), state(20, IDLE), state(30, RUNNING)), List.of(), at(59), at(120));

        assertEquals(List.of(new StateSpan(RUNNING, at(0), at(20), null), new StateSpan(IDLE, at(20), at(30), null),
                new StateSpan(RUNNING, at(30), at(60), null)), t.states());
    }

    @Test
    void readings_that_arrived_out_of_order_or_twice_read_in_observed_order_once() {
        MachineTimeline t = timeline(List.of(state(30, RUNNING), state(10, DOWN), state(10, IDLE), state(0, RUNNING), state(30, RUNNING)),
                List.of(), at(59), at(120));

        assertEquals(List.of(new StateSpan(RUNNING, at(0), at(10), null), new StateSpan(DOWN, at(10), at(30), null),
                new StateSpan(RUNNING, at(30), at(60), null)), t.states());
    }

    @Test
    void the_same_state_reported_again_does_not_split_a_span_but_a_new_stop_code_does() {
        MachineTimeline t = timeline(List.of(state(0, RUNNING), state(10, RUNNING),
                new Signal.State(at(20), DOWN, "E17"), new Signal.State(at(25), DOWN, "E17"), new Signal.State(at(40), DOWN, "E22")),
                List.of(), at(59), at(120));

        assertEquals(List.of(new StateSpan(RUNNING, at(0), at(20), null), new StateSpan(DOWN, at(20), at(40), "E17"),
                new StateSpan(DOWN, at(40), at(60), "E22")), t.states());
    }

    @Test
    void nothing_known_before_the_first_signal_is_unknown() {
        MachineTimeline t = timeline(List.of(state(15, RUNNING)), List.of(), at(59), at(120));

        assertEquals(List.of(new StateSpan(UNKNOWN, at(0), at(15), null), new StateSpan(RUNNING, at(15), at(60), null)), t.states());
    }

    @Test
    void a_silence_stored_as_unknown_and_the_time_after_the_last_signal_plus_the_timeout_are_unknown() {
        MachineTimeline t = timeline(List.of(state(0, RUNNING), state(11, UNKNOWN), state(20, RUNNING)), List.of(), at(40), at(120));

        assertEquals(List.of(new StateSpan(RUNNING, at(0), at(11), null), new StateSpan(UNKNOWN, at(11), at(20), null),
                new StateSpan(RUNNING, at(20), at(41), null), new StateSpan(UNKNOWN, at(41), at(60), null)), t.states());
    }

    @Test
    void the_future_is_unknown_and_a_machine_that_never_reported_is_unknown_throughout() {
        assertEquals(List.of(new StateSpan(RUNNING, at(0), at(30), null), new StateSpan(UNKNOWN, at(30), at(60), null)),
                timeline(List.of(state(-5, RUNNING)), List.of(), at(30), at(30)).states());
        assertEquals(List.of(new StateSpan(UNKNOWN, at(0), at(60), null)), timeline(List.of(), List.of(), null, at(120)).states());
    }

    @Test
    void counter_increments_count_from_the_reading_before_the_window_and_a_reset_counts_from_zero() {
        List<CounterRow> parts = List.of(new CounterRow(at(-1), 100), new CounterRow(at(10), 110), new CounterRow(at(20), 125),
                new CounterRow(at(30), 4), new CounterRow(at(40), 9), new CounterRow(at(60), 50));

        assertEquals(List.of(new CountedParts(at(10), 10), new CountedParts(at(20), 15), new CountedParts(at(30), 4),
                new CountedParts(at(40), 5)), timeline(List.of(), parts, at(59), at(120)).parts());
    }

    @Test
    void counter_readings_out_of_order_or_twice_count_once_and_the_first_reading_only_sets_the_base() {
        List<CounterRow> parts = List.of(new CounterRow(at(20), 30), new CounterRow(at(5), 10), new CounterRow(at(10), 20),
                new CounterRow(at(20), 30), new CounterRow(at(15), 20));

        assertEquals(List.of(new CountedParts(at(10), 10), new CountedParts(at(20), 10)), timeline(List.of(), parts, at(59), at(120)).parts());
    }
}
