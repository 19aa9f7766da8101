package io.forgeline.execution.machines;

import io.forgeline.execution.plant.Machine;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Breakdowns and repairs, and the status of every machine for the terminals. */
@ApplicationScoped
public class MachineStatusBoard {

    private final PlantModel plant;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    MachineStatusBoard(PlantModel plant, Outbox outbox, IdempotentRequests idempotency, Clock clock) {
        this.plant = plant;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** A machine, with where it stands now. */
    public record MachineOnFloor(Machine machine, MachineStatus status, String reason, Instant expectedUpAt,
                                 Instant since, String reportedBy) {

        static MachineOnFloor of(Machine machine, MachineState state) {
            return state == null
                    ? new MachineOnFloor(machine, MachineStatus.UP, null, null, null, null)
                    : new MachineOnFloor(machine, state.status(), state.reason(), state.expectedUpAt(), state.changedAt(), state.changedBy());
        }

        public boolean isDown() {
            return status == MachineStatus.DOWN;
        }
    }

    public Uni<MachineOnFloor> breakDown(String machineCode, ReportBreakdown report, Optional<String> idempotencyKey, Actor actor) {
        if (report.expectedUpAt() != null && !report.expectedUpAt().isAfter(clock.instant())) {
            return Uni.createFrom().failure(new InvalidField("expectedUpAt", "must be in the future"));
        }
        return idempotency.once("machine-breakdowns", actor, idempotencyKey, report.fingerprint(machineCode),
                attempt -> change(machineCode, attempt,
                        state -> state.breakDown(report.reason().trim(), report.expectedUpAt(), actor.name(), clock.instant())),
                this::find);
    }

    public Uni<MachineOnFloor> repair(String machineCode, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("machine-repairs", actor, idempotencyKey, machineCode,
                attempt -> change(machineCode, attempt, state -> state.repair(actor.name(), clock.instant())),
                this::find);
    }

    public Uni<MachineOnFloor> find(String machineCode) {
        return plant.machine(machineCode)
                .map(found -> found.orElseThrow(() -> new NotFound("machine", machineCode)))
                .flatMap(machine -> Panache.withSession(() -> MachineState.<MachineState>findById(machineCode))
                        .map(state -> MachineOnFloor.of(machine, state)));
    }

    /** Every machine of the plant model (or of one work center) with its status. */
    public Uni<List<MachineOnFloor>> board(Optional<String> workCenterCode) {
        return plant.machines(workCenterCode).flatMap(machines -> Panache.withSession(() -> MachineState.<MachineState>listAll())
                .map(states -> {
                    Map<String, MachineState> byCode = states.stream()
                            .collect(Collectors.toMap(MachineState::machineCode, Function.identity()));
                    return machines.stream().map(m -> MachineOnFloor.of(m, byCode.get(m.code))).toList();
                }));
    }

    /** Whether a machine is reported down; a machine never reported is up. Joins the caller's session. */
    public Uni<Optional<MachineOnFloor>> statusOf(String machineCode) {
        return plant.machine(machineCode).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<MachineOnFloor>empty())
                : MachineState.<MachineState>findById(machineCode).map(state -> Optional.of(MachineOnFloor.of(found.get(), state))));
    }

    private Uni<MachineOnFloor> change(String machineCode, Attempt attempt, Consumer<MachineState> step) {
        return Panache.withTransaction(() -> plant.machine(machineCode)
                        .map(found -> found.orElseThrow(() -> new NotFound("machine", machineCode)))
                        .flatMap(machine -> MachineState.<MachineState>findById(machineCode).flatMap(held -> {
                            MachineState state = held != null ? held : MachineState.firstReportOf(machineCode);
                            step.accept(state);
                            return (held != null ? Uni.createFrom().item(state) : state.<MachineState>persist())
                                    .call(() -> outbox.append(MachineEvents.TOPIC, machineCode, MachineEvents.STATUS_CHANGED,
                                            MachineEvents.statusChanged(state, machine)))
                                    .call(() -> attempt.remember(machineCode))
                                    .map(saved -> MachineOnFloor.of(machine, state));
                        })))
                .onFailure(MachineStatusBoard::isSimultaneousReport)
                .transform(failure -> new IllegalTransition("machine " + machineCode
                        + " was reported by someone else at the same moment: look at its status and try again"));
    }

    /** Two first reports insert the same row, or two reports change the same version: one of them wins. */
    private static boolean isSimultaneousReport(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.StaleStateException || t instanceof jakarta.persistence.OptimisticLockException
                    || String.valueOf(t.getMessage()).contains("machine_state_pkey")) {
                return true;
            }
        }
        return false;
    }
}
