package io.forgeline.execution.signals;

import java.time.Instant;

/**
 * A change of a machine's live state, published as {@code MachineStateChanged}.
 *
 * @param source "signals" (a state reading), "resumed" (the machine talks again after silence: its last known state
 *               holds from its first signal on) or "silence" (nothing heard for longer than the silence timeout)
 */
public record StateChange(String machineCode, MachineRunState previous, MachineRunState state, Instant since, String stopCode,
                          String source) {

    public static final String SIGNALS = "signals";
    public static final String RESUMED = "resumed";
    public static final String SILENCE = "silence";

    /** Whether this change has no state reading of its own behind it, so the state table needs a row for it. */
    boolean derived() {
        return !SIGNALS.equals(source);
    }
}
