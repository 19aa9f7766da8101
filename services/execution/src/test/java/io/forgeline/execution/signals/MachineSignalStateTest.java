package io.forgeline.execution.signals;

import static io.forgeline.execution.signals.MachineRunState.DOWN;
import static io.forgeline.execution.signals.MachineRunState.IDLE;
import static io.forgeline.execution.signals.MachineRunState.RUNNING;
import static io.forgeline.execution.signals.MachineRunState.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineSignalStateTest {

    private static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
    private static final Duration SILENCE = Duration.ofSeconds(60);

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Signal.State state(int seconds, MachineRunState state, String stop) {
        return new Signal.State(at(seconds), state, stop);
    }

    private static List<StateChange> observe(MachineSignalState live, Signal.State... states) {
        return live.observe(List.of(states), List.of(states).stream().map(Signal::observedAt).toList());
    }

    @Test
    void the_first_state_changes_unknown_to_it() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");

        assertEquals(List.of(new StateChange("M-1", UNKNOWN, DOWN, at(0), "E17", StateChange.SIGNALS)),
                observe(live, state(0, DOWN, "E17")));
        assertEquals(DOWN, live.runState());
    }

    @Test
    void a_batch_publishes_each_change_in_observed_order_and_nothing_for_the_same_state_again() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        List<StateChange> changes = observe(live, state(20, RUNNING, null), state(0, RUNNING, null), state(10, IDLE, null),
                state(30, RUNNING, null));

        assertEquals(List.of(RUNNING, IDLE, RUNNING), changes.stream().map(StateChange::state).toList());
        assertEquals(List.of(at(0), at(10), at(20)), changes.stream().map(StateChange::since).toList());
    }

    @Test
    void a_reading_older_than_the_newest_state_changes_nothing_live() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        observe(live, state(10, RUNNING, null));

        assertTrue(observe(live, state(5, DOWN, "E1")).isEmpty());
        assertEquals(RUNNING, live.runState());
        assertEquals(at(10), live.lastSignalAt());
    }

    @Test
    void a_machine_silent_longer_than_the_timeout_becomes_unknown_at_its_last_signal_plus_the_timeout() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        observe(live, state(0, RUNNING, null));

        assertTrue(live.fallSilent(SILENCE, at(59)).isEmpty());
        assertEquals(new StateChange("M-1", RUNNING, UNKNOWN, at(60), null, StateChange.SILENCE), live.fallSilent(SILENCE, at(75)).orElseThrow());
        assertTrue(live.fallSilent(SILENCE, at(200)).isEmpty());
    }

    @Test
    void its_next_signal_of_any_kind_brings_back_the_state_it_last_reported() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        observe(live, state(0, DOWN, "E17"));
        live.fallSilent(SILENCE, at(100));

        List<StateChange> back = live.observe(List.of(), List.of(at(130)));

        assertEquals(List.of(new StateChange("M-1", UNKNOWN, DOWN, at(130), "E17", StateChange.RESUMED)), back);
    }

    @Test
    void a_state_in_the_batch_that_ends_the_silence_is_the_state_it_comes_back_in() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        observe(live, state(0, DOWN, "E17"));
        live.fallSilent(SILENCE, at(100));

        List<StateChange> back = observe(live, state(130, RUNNING, null), state(140, IDLE, null));

        assertEquals(List.of(new StateChange("M-1", UNKNOWN, RUNNING, at(130), null, StateChange.SIGNALS),
                new StateChange("M-1", RUNNING, IDLE, at(140), null, StateChange.SIGNALS)), back);
    }

    @Test
    void late_readings_from_before_the_silence_leave_the_machine_silent() {
        MachineSignalState live = MachineSignalState.firstSignalOf("M-1");
        observe(live, state(0, RUNNING, null));
        live.fallSilent(SILENCE, at(100));

        assertTrue(observe(live, state(30, IDLE, null)).isEmpty());
        assertEquals(UNKNOWN, live.runState());
        assertTrue(live.silent());
    }
}
