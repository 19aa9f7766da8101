package io.forgeline.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One machine's behaviour, moved on by {@link #advanceTo}: it cycles at its routing's run time, stops for a moment
 * now and then (a micro-stop: IDLE for seconds), sets up after every batch, and breaks down at random times (mean
 * time between failures) for a random repair time. For {@link Behaviour#drift()} before each breakdown its
 * vibration and temperature climb, as a worn bearing's would: the signal a failure-risk model learns from. No I/O
 * and no clock of its own, so a test can drive it through hours in microseconds.
 */
final class SimulatedMachine {

    enum State { RUNNING, IDLE, DOWN, SETUP }

    /** Alarm numbers a breakdown reports as its stop code. */
    private static final List<String> STOP_CODES = List.of("E-101 spindle overload", "E-214 coolant pressure",
            "E-305 axis following error", "E-412 hydraulic temperature");

    private final MachineProfile profile;
    private final Behaviour behaviour;
    private final RandomGenerator random;

    private State state = State.RUNNING;
    private String stopCode = "";
    private Instant now;
    private Instant cycleEndsAt;
    private Instant stateEndsAt;
    private Instant failsAt;
    private long parts;
    private long rejects;
    private int partsInBatch;
    private double temperature;
    private double vibration;
    private double current;

    SimulatedMachine(MachineProfile profile, Behaviour behaviour, RandomGenerator random, Instant start) {
        this.profile = profile;
        this.behaviour = behaviour;
        this.random = random;
        this.now = start;
        this.cycleEndsAt = start.plus(profile.cycle());
        this.failsAt = start.plus(exponential(behaviour.meanTimeBetweenFailures()));
        readSensors();
    }

    /** Lives through the time up to {@code until}: each transition happens at its own instant, in order. */
    void advanceTo(Instant until) {
        while (true) {
            Instant next = nextTransition();
            if (next.isAfter(until)) {
                break;
            }
            now = next;
            transition();
        }
        now = until;
        readSensors();
    }

    private Instant nextTransition() {
        return switch (state) {
            case RUNNING -> failsAt.isBefore(cycleEndsAt) ? failsAt : cycleEndsAt;
            case IDLE, SETUP, DOWN -> stateEndsAt;
        };
    }

    private void transition() {
        switch (state) {
            case RUNNING -> {
                if (!failsAt.isAfter(now)) {
                    breakDown();
                } else {
                    finishCycle();
                }
            }
            case IDLE, SETUP -> run();
            case DOWN -> {
                stopCode = "";
                failsAt = now.plus(exponential(behaviour.meanTimeBetweenFailures()));
                run();
            }
        }
    }

    private void finishCycle() {
        parts++;
        if (random.nextDouble() < behaviour.rejectRate()) {
            rejects++;
        }
        if (++partsInBatch >= profile.batch()) {
            partsInBatch = 0;
            enter(State.SETUP, profile.setup());
        } else if (random.nextDouble() < behaviour.microStopsPerCycle()) {
            // a micro-stop: a jammed feeder, a chip to clear; seconds, not minutes
            enter(State.IDLE, Duration.ofMillis(2_000 + random.nextLong(behaviour.longestMicroStop().toMillis())));
        } else {
            cycleEndsAt = now.plus(profile.cycle());
        }
    }

    private void breakDown() {
        stopCode = STOP_CODES.get(random.nextInt(STOP_CODES.size()));
        Duration repair = exponential(behaviour.meanRepair());
        enter(State.DOWN, repair.compareTo(behaviour.shortestRepair()) < 0 ? behaviour.shortestRepair() : repair);
    }

    private void run() {
        state = State.RUNNING;
        cycleEndsAt = now.plus(profile.cycle());
    }

    private void enter(State next, Duration lasting) {
        state = next;
        stateEndsAt = now.plus(lasting);
    }

    private Duration exponential(Duration mean) {
        return Duration.ofMillis(Math.max(1, Math.round(-mean.toMillis() * Math.log(1 - random.nextDouble()))));
    }

    /** How far the coming breakdown has worn the machine: 0 until its drift begins, 1 at the breakdown. */
    double wear() {
        if (state == State.DOWN || behaviour.drift().isZero()) {
            return 0;
        }
        long left = Duration.between(now, failsAt).toMillis();
        return Math.clamp(1 - (double) left / behaviour.drift().toMillis(), 0, 1);
    }

    private void readSensors() {
        double wear = wear() * wear();
        boolean cutting = state == State.RUNNING;
        temperature = 35 + (cutting ? 20 : state == State.DOWN ? 2 : 8) + 15 * wear + noise(0.3);
        vibration = Math.max(0, (cutting ? 2.5 : 0.3) + 8 * wear + noise(0.1));
        current = Math.max(0, (cutting ? 14 : state == State.SETUP ? 3 : 1.2) + 4 * wear + noise(0.2));
    }

    private double noise(double spread) {
        return random.nextGaussian() * spread;
    }

    String code() {
        return profile.code();
    }

    State state() {
        return state;
    }

    String stopCode() {
        return stopCode;
    }

    long parts() {
        return parts;
    }

    long rejects() {
        return rejects;
    }

    double temperature() {
        return temperature;
    }

    double vibration() {
        return vibration;
    }

    double current() {
        return current;
    }

    Instant failsAt() {
        return failsAt;
    }

    /** What happens to every machine of a run, apart from its own cycle and setup. */
    record Behaviour(Duration meanTimeBetweenFailures, Duration meanRepair, Duration shortestRepair, Duration drift,
                     double microStopsPerCycle, Duration longestMicroStop, double rejectRate) {
    }
}
