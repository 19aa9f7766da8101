package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.genealogy.Genealogy;
import io.forgeline.execution.machines.MachineStatusBoard;
import io.forgeline.execution.machines.MachineStatusBoard.MachineOnFloor;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts and completes operations. Each action locks the order's operations, so two terminals working
 * on one order take turns, changes the dispatch entry and appends its event to the outbox in one transaction.
 */
@ApplicationScoped
public class OperationProgress {

    private final DispatchLists dispatch;
    private final MachineStatusBoard machines;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Genealogy genealogy;
    private final Clock clock;

    OperationProgress(DispatchLists dispatch, MachineStatusBoard machines, Outbox outbox, IdempotentRequests idempotency,
            Genealogy genealogy, Clock clock) {
        this.dispatch = dispatch;
        this.machines = machines;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.genealogy = genealogy;
        this.clock = clock;
    }

    /**
     * Starts an operation: refused (409) unless it is queued or paused and its order is not cancelled, (422) while the operation before it
     * has not started, or on a machine that is unknown, of another work center, or down.
     */
    public Uni<DispatchEntry> start(UUID orderId, int sequence, StartOperation command, Optional<String> idempotencyKey,
            Actor actor) {
        return idempotency.once("operation-starts", actor, idempotencyKey, command.fingerprint(orderId, sequence),
                attempt -> Panache.withTransaction(() -> lockOpenOperationsOf(orderId).flatMap(operations -> {
                    DispatchEntry entry = find(operations, orderId, sequence);
                    entry.requireStartable();
                    Precedence.blocking(operations, sequence).ifPresent(previous -> {
                        throw new RuleViolation(previous.label() + " is still " + previous.status()
                                + ": it has to start before operation " + sequence);
                    });
                    Optional<String> machine = command.machine().or(() -> Optional.ofNullable(entry.machineCode()));
                    return ready(entry, machine, command.machine().isPresent())
                            .flatMap(ready -> {
                                Instant now = clock.instant();
                                entry.start(machine.orElse(null), actor.name(), now);
                                return outbox.append(ProgressEvents.TOPIC, orderId.toString(), ProgressEvents.STARTED,
                                        ProgressEvents.started(entry, actor.name(), now));
                            })
                            .call(() -> attempt.remember(entry.id().toString()))
                            .replaceWith(entry);
                })),
                replayed -> dispatch.operation(orderId, sequence));
    }

    /** Completes a running operation with its good quantity; the event says whether that finished the order. */
    public Uni<DispatchEntry> complete(UUID orderId, int sequence, CompleteOperation command, Optional<String> idempotencyKey,
            Actor actor) {
        return idempotency.once("operation-completions", actor, idempotencyKey, command.fingerprint(orderId, sequence),
                attempt -> Panache.withTransaction(() -> lockOpenOperationsOf(orderId).flatMap(operations -> {
                    DispatchEntry entry = find(operations, orderId, sequence);
                    entry.complete(command.goodQuantity(), actor.name(), clock.instant());
                    return outbox.append(ProgressEvents.TOPIC, orderId.toString(), ProgressEvents.COMPLETED,
                                    ProgressEvents.completed(entry, Precedence.allDone(operations)))
                            .call(() -> output(entry, operations))
                            .call(() -> attempt.remember(entry.id().toString()))
                            .replaceWith(entry);
                })),
                replayed -> dispatch.operation(orderId, sequence));
    }

    /**
     * Completing the order's last operation with good pieces produces its finished lot, under the plant's own lot
     * number, reported to warehouse (which receives it) and quality (which may inspect it). Scrap never enters stock.
     */
    private Uni<Void> output(DispatchEntry entry, List<DispatchEntry> operations) {
        boolean last = operations.stream().allMatch(o -> o.operationSequence() <= entry.operationSequence());
        if (!last || entry.goodQuantity().signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        return DocumentNumbers.next("finished_lot_seq", "FL-")
                .invoke(entry::produced)
                .call(lot -> outbox.append(ProgressEvents.OUTPUT_TOPIC, entry.orderId().toString(), ProgressEvents.OUTPUT_REPORTED,
                        ProgressEvents.output(entry)))
                .call(lot -> genealogy.produced(entry))
                .replaceWithVoid();
    }

    /**
     * The order's operations, locked (see {@link DispatchLists#lockOperationsOf}); refused (409) when the order
     * was cancelled. Checked after the lock: a cancellation under way is waited for, not missed.
     */
    private Uni<List<DispatchEntry>> lockOpenOperationsOf(UUID orderId) {
        return dispatch.lockOperationsOf(orderId).call(operations -> dispatch.requireNotCancelled(orderId));
    }

    /**
     * A machine the operator named must exist, belong to the operation's work center and be up. The machine
     * the schedule chose is trusted to exist (the plant model may not have heard of it yet) but must be up.
     */
    private Uni<Void> ready(DispatchEntry entry, Optional<String> machine, boolean named) {
        if (machine.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String code = machine.get();
        return machines.statusOf(code).invoke(found -> {
            if (found.isEmpty()) {
                if (named) {
                    throw new RuleViolation("machineCode", "machine " + code + " is not in the plant model");
                }
                return;
            }
            MachineOnFloor onFloor = found.get();
            if (named && !onFloor.machine().workCenterCode.equals(entry.workCenterCode())) {
                throw new RuleViolation("machineCode", "machine " + code + " belongs to work center "
                        + onFloor.machine().workCenterCode + ", but " + entry.label() + " runs at " + entry.workCenterCode());
            }
            if (onFloor.isDown()) {
                throw new RuleViolation("machineCode", "machine " + code + " is down (" + onFloor.reason()
                        + "): name another machine or report the repair first");
            }
        }).replaceWithVoid();
    }

    private static DispatchEntry find(List<DispatchEntry> operations, UUID orderId, int sequence) {
        return operations.stream().filter(e -> e.operationSequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFound("operation", sequence + " of order " + orderId));
    }
}
