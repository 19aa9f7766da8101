package io.forgeline.execution.signals;

import io.forgeline.execution.downtime.Downtimes;
import io.forgeline.execution.plant.Machine;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.signals.SignalStore.Stored;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes machines' signals in: stores them, moves each machine's live state, opens and ends its downtimes and
 * publishes each change of state, all in one transaction. Also lets silent machines fall to UNKNOWN.
 */
@ApplicationScoped
public class MachineSignals {

    private static final Logger LOG = Logger.getLogger(MachineSignals.class);

    private final PlantModel plant;
    private final SignalStore store;
    private final Downtimes downtimes;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration silenceTimeout;

    MachineSignals(PlantModel plant, SignalStore store, Downtimes downtimes, Outbox outbox, Clock clock,
            @ConfigProperty(name = "forgeline.signals.silence-timeout", defaultValue = "PT60S") Duration silenceTimeout) {
        this.plant = plant;
        this.store = store;
        this.downtimes = downtimes;
        this.outbox = outbox;
        this.clock = clock;
        this.silenceTimeout = silenceTimeout;
    }

    /**
     * Stores a checked batch, all or nothing. A machine the plant model does not know is a 422 naming
     * {@code /machineCode}. Readings kept before are counted as duplicates and change nothing.
     */
    public Uni<Stored> ingest(SignalBatch batch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> plant.machine(batch.machineCode())
                .map(found -> found.orElseThrow(() -> FieldErrors.refused(List.of(new FieldError("/machineCode",
                        "machine " + batch.machineCode() + " is not in the plant model")))))
                .flatMap(machine -> store.store(batch, now)
                        .call(stored -> stored.total() == 0 ? Uni.createFrom().voidItem() : follow(machine, batch, stored, now))));
    }

    /** The live state moves with what was new in the batch; every change is a downtime step and an event. */
    private Uni<Void> follow(Machine machine, SignalBatch batch, Stored stored, Instant now) {
        List<Instant> observed = batch.signals().stream().map(Signal::observedAt).toList();
        Instant earliest = observed.stream().min(Instant::compareTo).orElseThrow();
        // the first batches of a new machine may arrive at once (REST and topic): the row is made once, then locked
        return store.firstHeard(machine.code, earliest)
                .flatMap(made -> MachineSignalState.<MachineSignalState>findById(machine.code, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(live -> publish(live.observe(stored.newStates(), observed), machine.workCenterCode, now));
    }

    private Uni<Void> publish(List<StateChange> changes, String workCenterCode, Instant now) {
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> (change.derived() ? store.derived(change, now) : Uni.createFrom().voidItem())
                        .call(() -> downtimes.follow(change, workCenterCode))
                        .call(() -> outbox.append(SignalEvents.STATUS_TOPIC, change.machineCode(), SignalEvents.STATE_CHANGED,
                                SignalEvents.stateChanged(change, workCenterCode))))
                .collect().last().replaceWithVoid();
    }

    /** Every machine heard nothing from for longer than the silence timeout becomes UNKNOWN, each in its own transaction. */
    public Uni<Void> silenceCheck() {
        Instant now = clock.instant();
        return Panache.withSession(() -> MachineSignalState.<MachineSignalState>list("silent = false and lastSignalAt < ?1",
                        now.minus(silenceTimeout)))
                .map(found -> found.stream().map(MachineSignalState::machineCode).toList())
                .flatMap(codes -> Multi.createFrom().iterable(codes)
                        .onItem().transformToUniAndConcatenate(code -> fallSilent(code, now)
                                .onFailure().invoke(failure -> LOG.warnf("silence of %s not recorded this time: %s", code, failure.toString()))
                                .onFailure().recoverWithNull())
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> fallSilent(String code, Instant now) {
        return Panache.withTransaction(() -> MachineSignalState.<MachineSignalState>findById(code, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(live -> {
                    List<StateChange> changes = live.fallSilent(silenceTimeout, now).stream().toList();
                    return changes.isEmpty() ? Uni.createFrom().voidItem()
                            : plant.machine(code).flatMap(machine -> publish(changes,
                                    machine.map(m -> m.workCenterCode).orElse(""), now));
                }));
    }

    /** The live state of these machines (those that never reported are left out). */
    public Uni<Map<String, MachineSignalState>> live(Collection<String> machineCodes) {
        if (machineCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> MachineSignalState.<MachineSignalState>list("machineCode in ?1", List.copyOf(machineCodes)))
                .map(states -> states.stream().collect(Collectors.toMap(MachineSignalState::machineCode, Function.identity())));
    }

    Duration silenceTimeout() {
        return silenceTimeout;
    }
}
