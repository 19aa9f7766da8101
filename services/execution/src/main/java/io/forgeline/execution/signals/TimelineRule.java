package io.forgeline.execution.signals;

import io.forgeline.execution.signals.MachineTimeline.CountedParts;
import io.forgeline.execution.signals.MachineTimeline.StateSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a {@link MachineTimeline} from stored readings, whatever order they arrived in. Pure: no I/O, so the rules
 * (out of order, twice, resets, silence) are tested without a database.
 */
public final class TimelineRule {

    /** A stored counter reading. */
    public record CounterRow(Instant observedAt, long value) {
    }

    private TimelineRule() {
    }

    /**
     * @param states       the state readings in the window and the last one before it (any order; a time twice counts once)
     * @param parts        PARTS readings in the window and the last one before it
     * @param rejects      REJECTS readings, same
     * @param lastSignalAt when the machine last said anything (null: never)
     * @param silence      after this long without a signal nothing is known (the silence timeout)
     * @param now          nothing is known after now either
     */
    public static MachineTimeline build(String machineCode, Instant from, Instant to, List<Signal.State> states,
            List<CounterRow> parts, List<CounterRow> rejects, Instant lastSignalAt, Duration silence, Instant now) {
        Instant knownUntil = lastSignalAt == null ? from : min(min(to, now), lastSignalAt.plus(silence));
        return new MachineTimeline(machineCode, from, to, spans(from, to, states, knownUntil), increments(from, to, parts),
                increments(from, to, rejects));
    }

    static List<StateSpan> spans(Instant from, Instant to, List<Signal.State> readings, Instant knownUntil) {
        // one reading per instant (the store keeps the first; so does this), in observed order
        TreeMap<Instant, Signal.State> byTime = new TreeMap<>();
        readings.forEach(r -> byTime.putIfAbsent(r.observedAt(), r));
        List<StateSpan> spans = new ArrayList<>();
        var before = byTime.floorEntry(from);
        MachineRunState state = before == null ? MachineRunState.UNKNOWN : before.getValue().state();
        String stop = before == null ? null : before.getValue().stopCode();
        Instant start = from;
        for (Signal.State reading : byTime.subMap(from, false, to, false).values()) {
            if (reading.state() == state && Objects.equals(reading.stopCode(), stop)) {
                continue;
            }
            add(spans, state, start, reading.observedAt(), stop, knownUntil);
            state = reading.state();
            stop = reading.stopCode();
            start = reading.observedAt();
        }
        add(spans, state, start, to, stop, knownUntil);
        return merged(spans);
    }

    /** A span, cut where knowledge ends: after the machine's last signal + silence, or after now, it is UNKNOWN. */
    private static void add(List<StateSpan> spans, MachineRunState state, Instant from, Instant to, String stop, Instant knownUntil) {
        if (!from.isBefore(to)) {
            return;
        }
        if (!to.isAfter(knownUntil)) {
            spans.add(new StateSpan(state, from, to, stop));
        } else if (!from.isBefore(knownUntil)) {
            spans.add(new StateSpan(MachineRunState.UNKNOWN, from, to, null));
        } else {
            spans.add(new StateSpan(state, from, knownUntil, stop));
            spans.add(new StateSpan(MachineRunState.UNKNOWN, knownUntil, to, null));
        }
    }

    /** Neighbours in the same state (and stop code) are one span. */
    private static List<StateSpan> merged(List<StateSpan> spans) {
        List<StateSpan> out = new ArrayList<>();
        for (StateSpan span : spans) {
            if (!out.isEmpty()) {
                StateSpan last = out.get(out.size() - 1);
                if (last.state() == span.state() && Objects.equals(last.stopCode(), span.stopCode())) {
                    out.set(out.size() - 1, new StateSpan(last.state(), last.from(), span.to(), last.stopCode()));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    /**
     * The pieces counted between consecutive readings inside the window: the difference, or the reading itself after a
     * reset (a value below the one before: the counter started again from 0). The first reading with none before it
     * only sets the base. Zero increments are left out.
     */
    static List<CountedParts> increments(Instant from, Instant to, List<CounterRow> readings) {
        TreeMap<Instant, CounterRow> byTime = new TreeMap<>();
        readings.forEach(r -> byTime.putIfAbsent(r.observedAt(), r));
        List<CountedParts> counted = new ArrayList<>();
        var before = byTime.lowerEntry(from);
        Long previous = before == null ? null : before.getValue().value();
        for (CounterRow reading : byTime.subMap(from, true, to, false).values()) {
            if (previous != null) {
                long quantity = reading.value() >= previous ? reading.value() - previous : reading.value();
                if (quantity > 0) {
                    counted.add(new CountedParts(reading.observedAt(), quantity));
                }
            }
            previous = reading.value();
        }
        return counted;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
