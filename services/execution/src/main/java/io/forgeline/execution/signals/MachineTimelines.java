package io.forgeline.execution.signals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Reads a machine's stored signals as a {@link MachineTimeline} ({@link TimelineRule} says how). */
@ApplicationScoped
public class MachineTimelines {

    private final SignalStore store;
    private final MachineSignals signals;
    private final Clock clock;

    /** Protected: the OEE's tests put a stand-in beside it that controls what every machine did. */
    protected MachineTimelines(SignalStore store, MachineSignals signals, Clock clock) {
        this.store = store;
        this.signals = signals;
        this.clock = clock;
    }

    /** The machine's timeline in [from, to); a machine that never reported is UNKNOWN throughout, with no parts. */
    public Uni<MachineTimeline> timeline(String machineCode, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a timeline needs from before to: " + from + " / " + to);
        }
        Instant now = clock.instant();
        return Panache.withSession(() -> MachineSignalState.<MachineSignalState>findById(machineCode)
                .flatMap(live -> store.states(machineCode, from, to)
                        .flatMap(states -> store.counter(machineCode, "PARTS", from, to)
                                .flatMap(parts -> store.counter(machineCode, "REJECTS", from, to)
                                        .map(rejects -> TimelineRule.build(machineCode, from, to, states, parts, rejects,
                                                live == null ? null : live.lastSignalAt(), signals.silenceTimeout(), now))))));
    }
}
