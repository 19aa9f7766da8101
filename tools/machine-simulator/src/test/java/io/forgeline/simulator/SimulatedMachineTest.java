package io.forgeline.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.simulator.SimulatedMachine.Behaviour;
import io.forgeline.simulator.SimulatedMachine.State;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedMachineTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private static final MachineProfile LATHE = new MachineProfile("CNC-01-M1", Duration.ofSeconds(270),
            Duration.ofMinutes(30), 50);
    private static final Behaviour NEVER_FAILS = new Behaviour(Duration.ofDays(100_000), Duration.ofMinutes(20),
            Duration.ofMinutes(1), Duration.ZERO, 0, Duration.ofSeconds(28), 0);
    private static final Behaviour WEARS = new Behaviour(Duration.ofHours(4), Duration.ofMinutes(20),
            Duration.ofMinutes(1), Duration.ofMinutes(30), 0.05, Duration.ofSeconds(28), 0.01);

    @Test
    void a_machine_that_never_stops_makes_one_part_per_cycle_and_sets_up_after_each_batch() {
        var machine = new SimulatedMachine(LATHE, NEVER_FAILS, new SplittableRandom(1), START);
        // 50 cycles of 4.5 min, then a 30 min setup, then 10 more cycles
        machine.advanceTo(START.plus(Duration.ofSeconds(50 * 270 + 1)));
        assertEquals(50, machine.parts());
        assertEquals(State.SETUP, machine.state());
        machine.advanceTo(START.plus(Duration.ofSeconds(50 * 270 + 1800 + 10 * 270 + 1)));
        assertEquals(60, machine.parts());
        assertEquals(State.RUNNING, machine.state());
    }

    @Test
    void over_a_week_it_breaks_down_with_a_stop_code_and_comes_back() {
        var machine = new SimulatedMachine(LATHE, WEARS, new SplittableRandom(7), START);
        Map<State, Integer> seen = new EnumMap<>(State.class);
        boolean stopCodeWhileDown = true;
        for (int minute = 1; minute <= 7 * 24 * 60; minute++) {
            machine.advanceTo(START.plus(Duration.ofMinutes(minute)));
            seen.merge(machine.state(), 1, Integer::sum);
            if (machine.state() == State.DOWN) {
                stopCodeWhileDown &= machine.stopCode().startsWith("E-");
            } else {
                stopCodeWhileDown &= machine.stopCode().isEmpty();
            }
        }
        assertTrue(seen.getOrDefault(State.DOWN, 0) > 0, "no breakdown in a week: " + seen);
        assertTrue(seen.getOrDefault(State.IDLE, 0) > 0, "no micro-stop in a week: " + seen);
        assertTrue(seen.get(State.RUNNING) > seen.get(State.DOWN), "down more than running: " + seen);
        assertTrue(stopCodeWhileDown, "a stop code exactly while down");
        assertTrue(machine.rejects() < machine.parts() / 20, machine.rejects() + " rejects of " + machine.parts());
    }

    @Test
    void vibration_and_temperature_climb_before_a_breakdown() {
        var machine = new SimulatedMachine(LATHE, WEARS, new SplittableRandom(3), START);
        Instant failsAt = machine.failsAt();
        // well before the drift window, running: the baseline
        machine.advanceTo(failsAt.minus(Duration.ofMinutes(90)));
        double vibrationBefore = machine.vibration();
        double temperatureBefore = machine.temperature();
        machine.advanceTo(failsAt.minus(Duration.ofSeconds(30)));
        if (machine.state() != State.RUNNING) {
            // a micro-stop or a setup lowers the readings: compare wear, which does not depend on the state
            assertTrue(machine.wear() > 0.9);
            return;
        }
        assertTrue(machine.wear() > 0.9, "wear " + machine.wear());
        assertTrue(machine.vibration() > vibrationBefore + 4, machine.vibration() + " vs " + vibrationBefore);
        assertTrue(machine.temperature() > temperatureBefore + 8, machine.temperature() + " vs " + temperatureBefore);
        machine.advanceTo(failsAt.plusSeconds(1));
        assertEquals(State.DOWN, machine.state());
    }

    @Test
    void the_same_seed_gives_the_same_plant_and_another_seed_another() {
        var one = new SimulatedMachine(LATHE, WEARS, new SplittableRandom(42), START);
        var same = new SimulatedMachine(LATHE, WEARS, new SplittableRandom(42), START);
        var other = new SimulatedMachine(LATHE, WEARS, new SplittableRandom(43), START);
        Instant day = START.plus(Duration.ofDays(1));
        one.advanceTo(day);
        same.advanceTo(day);
        other.advanceTo(day);
        assertEquals(one.parts(), same.parts());
        assertEquals(one.failsAt(), same.failsAt());
        assertEquals(one.vibration(), same.vibration());
        assertNotEquals(one.failsAt(), other.failsAt());
    }
}
