package io.forgeline.execution.signals;

import java.time.Instant;
import java.util.List;

/**
 * What one machine did in a window [from, to), as its signals tell it: the OEE reads this, never the signal tables.
 *
 * @param states consecutive spans covering the whole window, in time order: the state in force at {@code from} (from
 *               the last change before it) first; UNKNOWN where nothing is known (before the first signal, or silence)
 * @param parts  the increments of the machine's PARTS counter inside the window, in time order (a reset counts from 0)
 * @param rejects the increments of its REJECTS counter, same rules; empty when the machine has none
 */
public record MachineTimeline(String machineCode, Instant from, Instant to, List<StateSpan> states,
                              List<CountedParts> parts, List<CountedParts> rejects) {

    /** @param stopCode the machine's own stop code while DOWN; null otherwise */
    public record StateSpan(MachineRunState state, Instant from, Instant to, String stopCode) {
    }

    /** {@code quantity} pieces counted between the reading before and the one at {@code at}. */
    public record CountedParts(Instant at, long quantity) {
    }
}
