package io.forgeline.execution.signals;

import java.math.BigDecimal;
import java.time.Instant;

/** One reading a machine reported, at the time the machine observed it. */
public sealed interface Signal {

    Instant observedAt();

    /** What the machine says it is doing; {@code stopCode} only while DOWN (null otherwise or when it gave none). */
    record State(Instant observedAt, MachineRunState state, String stopCode) implements Signal {
    }

    /** A cumulative counter (PARTS, REJECTS, …) counting up from its last reset. */
    record Counter(Instant observedAt, String name, long value) implements Signal {
    }

    /** A numeric sensor reading with its UN/ECE rec 20 unit. */
    record Sensor(Instant observedAt, String name, BigDecimal value, String unit) implements Signal {
    }
}
