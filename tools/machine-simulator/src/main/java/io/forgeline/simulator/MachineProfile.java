package io.forgeline.simulator;

import java.time.Duration;

/** One machine as the simulator runs it: its cycle (the routing's run time per unit) and its setup after a batch. */
record MachineProfile(String code, Duration cycle, Duration setup, int batch) {

    MachineProfile {
        if (cycle.isNegative() || cycle.isZero()) {
            throw new IllegalArgumentException("machine " + code + ": the cycle must be longer than zero");
        }
    }

    /** The same machine {@code speed} times faster: a demo hour in a minute at 60. */
    MachineProfile faster(double speed) {
        return new MachineProfile(code, scaled(cycle, speed), scaled(setup, speed), batch);
    }

    static Duration scaled(Duration d, double speed) {
        return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() / speed)));
    }
}
