package io.forgeline.execution.signals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One machine's live state as its signals say. Two things are kept apart: what the machine last said it does (the
 * newest state reading by observed time, {@code known*}) and what execution published ({@code runState}), which is
 * UNKNOWN while the machine is silent and before it ever reported a state. Changes only through {@link #observe} and
 * {@link #fallSilent}; each returns the changes to publish, in time order.
 */
@Entity
@Table(name = "machine_live_state")
public class MachineSignalState extends PanacheEntityBase {

    @Id
    @Column(name = "machine_code")
    private String machineCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_state", nullable = false)
    private MachineRunState runState;

    @Column(name = "run_state_since")
    private Instant runStateSince;

    @Column(name = "stop_code")
    private String stopCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "known_state")
    private MachineRunState knownState;

    @Column(name = "known_stop_code")
    private String knownStopCode;

    @Column(name = "known_since")
    private Instant knownSince;

    @Column(name = "last_signal_at", nullable = false)
    private Instant lastSignalAt;

    @Column(nullable = false)
    private boolean silent;

    @Version
    private long version;

    protected MachineSignalState() {
    }

    /** A machine heard for the first time: nothing is known of what it does until it reports a state. */
    public static MachineSignalState firstSignalOf(String machineCode) {
        MachineSignalState state = new MachineSignalState();
        state.machineCode = machineCode;
        state.runState = MachineRunState.UNKNOWN;
        return state;
    }

    /**
     * Takes a batch in. {@code newStates} are the state readings stored by it (duplicates left out), in any order;
     * {@code observed} the observed times of every signal of the batch (any kind). A reading older than the newest
     * known state is history (the timeline places it) and changes nothing live. A silent machine comes back at its
     * first signal observed after the silence began, in the state it last reported.
     */
    public List<StateChange> observe(Collection<Signal.State> newStates, Collection<Instant> observed) {
        List<StateChange> changes = new ArrayList<>();
        observed.stream().max(Comparator.naturalOrder())
                .filter(latest -> lastSignalAt == null || latest.isAfter(lastSignalAt))
                .ifPresent(latest -> lastSignalAt = latest);
        List<Signal.State> newer = newStates.stream()
                .filter(s -> knownSince == null || s.observedAt().isAfter(knownSince))
                .sorted(Comparator.comparing(Signal.State::observedAt))
                .toList();
        int next = 0;
        if (silent) {
            Optional<Instant> back = observed.stream().filter(t -> !t.isBefore(runStateSince)).min(Comparator.naturalOrder());
            if (back.isEmpty()) {
                // late readings from before the silence: history, the machine is still silent
                newer.forEach(this::know);
                return changes;
            }
            silent = false;
            while (next < newer.size() && !newer.get(next).observedAt().isAfter(back.get())) {
                know(newer.get(next++));
            }
            if (knownState != null) {
                String source = back.get().equals(knownSince) ? StateChange.SIGNALS : StateChange.RESUMED;
                changes.add(publish(knownState, knownStopCode, back.get(), source));
            }
        }
        for (; next < newer.size(); next++) {
            Signal.State reading = newer.get(next);
            know(reading);
            boolean later = runStateSince == null || reading.observedAt().isAfter(runStateSince);
            if (later && reading.state() != runState) {
                changes.add(publish(reading.state(), reading.stopCode(), reading.observedAt(), StateChange.SIGNALS));
            }
        }
        return changes;
    }

    /**
     * A machine heard nothing from for longer than {@code timeout} falls silent at its last signal + timeout: UNKNOWN
     * (published only when it was known before). Nothing when it is silent already or spoke recently.
     */
    public Optional<StateChange> fallSilent(Duration timeout, Instant now) {
        Instant at = lastSignalAt.plus(timeout);
        if (silent || at.isAfter(now)) {
            return Optional.empty();
        }
        silent = true;
        if (runState == MachineRunState.UNKNOWN) {
            runStateSince = at;
            return Optional.empty();
        }
        return Optional.of(publish(MachineRunState.UNKNOWN, null, at, StateChange.SILENCE));
    }

    private void know(Signal.State reading) {
        knownState = reading.state();
        knownStopCode = reading.stopCode();
        knownSince = reading.observedAt();
    }

    private StateChange publish(MachineRunState state, String stop, Instant since, String source) {
        MachineRunState previous = runState;
        runState = state;
        runStateSince = since;
        stopCode = state == MachineRunState.DOWN ? stop : null;
        return new StateChange(machineCode, previous, state, since, stopCode, source);
    }

    public String machineCode() {
        return machineCode;
    }

    public MachineRunState runState() {
        return runState;
    }

    public Instant runStateSince() {
        return runStateSince;
    }

    public String stopCode() {
        return stopCode;
    }

    public Instant lastSignalAt() {
        return lastSignalAt;
    }

    public boolean silent() {
        return silent;
    }
}
