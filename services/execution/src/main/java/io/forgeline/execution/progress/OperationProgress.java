package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.dispatch.Quantities;
import io.forgeline.execution.genealogy.Genealogy;
import io.forgeline.execution.instructions.DataCollection;
import io.forgeline.execution.machines.MachineStatusBoard;
import io.forgeline.execution.machines.MachineStatusBoard.MachineOnFloor;
import io.forgeline.execution.reasons.ReasonCodes;
import io.forgeline.execution.reasons.ReasonKind;
import io.forgeline.execution.serials.SerialNumbers;
import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Starts, pauses, resumes and completes operations and takes partial quantity reports. Each action locks the order's
 * operations, so two terminals working on one order take turns, changes the dispatch entry, keeps the operator's work
 * periods and reports, and appends its event to the outbox in one transaction.
 */
@ApplicationScoped
public class OperationProgress {

    private final DispatchLists dispatch;
    private final MachineStatusBoard machines;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Genealogy genealogy;
    private final ReasonCodes reasons;
    private final SerialNumbers serials;
    private final DataCollection data;
    private final Clock clock;

    OperationProgress(DispatchLists dispatch, MachineStatusBoard machines, Outbox outbox, IdempotentRequests idempotency,
            Genealogy genealogy, ReasonCodes reasons, SerialNumbers serials, DataCollection data, Clock clock) {
        this.dispatch = dispatch;
        this.machines = machines;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.genealogy = genealogy;
        this.reasons = reasons;
        this.serials = serials;
        this.data = data;
        this.clock = clock;
    }

    /**
     * Starts an operation: refused (409) unless it is queued or paused and its order is not cancelled, (422) while the operation before it
     * has not started, or on a machine that is unknown, of another work center, or down. The operator's work period opens.
     */
    public Uni<DispatchEntry> start(UUID orderId, int sequence, StartOperation command, Optional<String> idempotencyKey, Acting who) {
        return act("operation-starts", orderId, sequence, command.fingerprint(orderId, sequence), idempotencyKey, who,
                (entry, operations) -> {
                    entry.requireStartable();
                    Precedence.blocking(operations, sequence).ifPresent(previous -> {
                        throw new RuleViolation(previous.label() + " is still " + previous.status()
                                + ": it has to start before operation " + sequence);
                    });
                    Optional<String> machine = command.machine().or(() -> Optional.ofNullable(entry.machineCode()));
                    return ready(entry, machine, command.machine().isPresent()).flatMap(ready -> {
                        Instant now = clock.instant();
                        entry.start(machine.orElse(null), who.name(), now);
                        return WorkPeriod.open(entry, who, now).call(() -> outbox.append(ProgressEvents.TOPIC, orderId.toString(),
                                ProgressEvents.STARTED, ProgressEvents.started(entry, who, now)));
                    });
                });
    }

    /** Pauses a running operation (else 409) for an active PAUSE reason code (else 422); the work period ends. */
    public Uni<DispatchEntry> pause(UUID orderId, int sequence, PauseOperation command, Optional<String> idempotencyKey, Acting who) {
        return act("operation-pauses", orderId, sequence, command.fingerprint(orderId, sequence), idempotencyKey, who,
                (entry, operations) -> {
                    entry.requirePausable();
                    return reasons.requireActive(ReasonKind.PAUSE, command.reason(), "reasonCode").flatMap(reason -> {
                        Instant now = clock.instant();
                        entry.pause(reason.code());
                        return WorkPeriod.close(entry, who, now, reason.code()).call(() -> outbox.append(ProgressEvents.TOPIC,
                                orderId.toString(), ProgressEvents.PAUSED, ProgressEvents.paused(entry, who, now)));
                    });
                });
    }

    /** Resumes a paused operation (else 409) on its machine; the operator's work period opens. */
    public Uni<DispatchEntry> resume(UUID orderId, int sequence, Optional<String> idempotencyKey, Acting who) {
        return act("operation-resumptions", orderId, sequence, orderId + "|" + sequence, idempotencyKey, who,
                (entry, operations) -> {
                    Instant now = clock.instant();
                    entry.resume();
                    return WorkPeriod.open(entry, who, now).call(() -> outbox.append(ProgressEvents.TOPIC, orderId.toString(),
                            ProgressEvents.RESUMED, ProgressEvents.resumed(entry, who, now)));
                });
    }

    /**
     * A partial report on an operation under way (else 409): at least one piece (else 422), scrap and rework with an
     * active reason code of their kind (else 422 naming the reason's field). Its pieces add to the operation's totals.
     */
    public Uni<DispatchEntry> report(UUID orderId, int sequence, ReportQuantities command, Optional<String> idempotencyKey, Acting who) {
        return act("operation-reports", orderId, sequence, command.fingerprint(orderId, sequence), idempotencyKey, who,
                (entry, operations) -> {
                    entry.requireUnderWay("report quantities");
                    if (command.pieces().isNothing()) {
                        throw new RuleViolation("a report needs at least one good, scrapped or reworked piece");
                    }
                    return reasons(command).call(() -> serials.requireWholePieces(entry.itemCode(), command.goodQuantity())).flatMap(checked -> {
                        entry.report(command.pieces());
                        return record(entry, command, false, who, clock.instant());
                    });
                });
    }

    /**
     * Completes a running operation with its good quantity and, optionally, scrap and rework with their reasons; these
     * add to what partial reports said. Refused (422) while a required field of its work instruction has no value. The
     * event carries the totals and says whether that finished the order.
     */
    public Uni<DispatchEntry> complete(UUID orderId, int sequence, CompleteOperation command, Optional<String> idempotencyKey, Acting who) {
        return act("operation-completions", orderId, sequence, command.fingerprint(orderId, sequence), idempotencyKey, who,
                (entry, operations) -> {
                    entry.requireCompletable();
                    return reasons(command).call(() -> serials.requireWholePieces(entry.itemCode(), command.goodQuantity()))
                            .call(checked -> data.requireRecorded(entry)).flatMap(checked -> {
                        Instant now = clock.instant();
                        entry.complete(command.pieces(), who.name(), now);
                        Uni<Void> reported = command.pieces().isNothing() ? Uni.createFrom().voidItem() : record(entry, command, true, who, now);
                        return reported
                                .call(() -> WorkPeriod.close(entry, who, now, null))
                                .call(() -> outbox.append(ProgressEvents.TOPIC, orderId.toString(), ProgressEvents.COMPLETED,
                                        ProgressEvents.completed(entry, Precedence.allDone(operations), who)))
                                .call(() -> output(entry, operations));
                    });
                });
    }

    /**
     * One operator action on one operation, in one transaction holding the order's operations: the action changes the
     * entry and writes its rows and events; a repeat with the same Idempotency-Key answers with the operation as it is.
     */
    private Uni<DispatchEntry> act(String scope, UUID orderId, int sequence, String fingerprint, Optional<String> idempotencyKey,
            Acting who, BiFunction<DispatchEntry, List<DispatchEntry>, Uni<?>> action) {
        return idempotency.once(scope, who.actor(), idempotencyKey, fingerprint,
                attempt -> Panache.withTransaction(() -> lockOpenOperationsOf(orderId).flatMap(operations -> {
                    DispatchEntry entry = find(operations, orderId, sequence);
                    return action.apply(entry, operations)
                            .call(() -> attempt.remember(entry.id().toString()))
                            .replaceWith(entry);
                })),
                replayed -> dispatch.operation(orderId, sequence));
    }

    /** Scrap and rework need an active reason code of their kind: 422 naming the reason's field otherwise. */
    private Uni<Void> reasons(ReportedPieces pieces) {
        return reason(pieces.scrapQuantity(), pieces.scrapReason(), ReasonKind.SCRAP, "scrapReasonCode")
                .call(() -> reason(pieces.reworkQuantity(), pieces.reworkReason(), ReasonKind.REWORK, "reworkReasonCode"));
    }

    private Uni<Void> reason(BigDecimal quantity, Optional<String> code, ReasonKind kind, String field) {
        if (quantity == null || quantity.signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        if (code.isEmpty()) {
            return Uni.createFrom().failure(new RuleViolation(field, "is required: say why " + quantity.stripTrailingZeros().toPlainString()
                    + " pieces are " + (kind == ReasonKind.SCRAP ? "scrapped" : "reworked") + " (a " + kind + " reason code)"));
        }
        return reasons.requireActive(kind, code.get(), field).replaceWithVoid();
    }

    /** The report's row and its QuantityReported event, in the action's transaction. */
    private Uni<Void> record(DispatchEntry entry, ReportedPieces pieces, boolean completes, Acting who, Instant at) {
        QuantityReport report = QuantityReport.of(entry, pieces.pieces(), pieces.scrapReason(), pieces.reworkReason(), completes, who, at);
        return report.persist().call(() -> outbox.append(ProgressEvents.TOPIC, entry.orderId().toString(),
                ProgressEvents.QUANTITY_REPORTED, ProgressEvents.reported(entry, report))).replaceWithVoid();
    }

    /**
     * Completing the order's last operation with good pieces produces its finished lot, under the plant's own lot
     * number, reported to warehouse (which receives it) and quality (which may inspect it). Scrap never enters stock.
     * Each good piece of a serialised item gets its serial number, reported with the lot.
     */
    private Uni<Void> output(DispatchEntry entry, List<DispatchEntry> operations) {
        boolean last = operations.stream().allMatch(o -> o.operationSequence() <= entry.operationSequence());
        if (!last || entry.goodQuantity().signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        return DocumentNumbers.next("finished_lot_seq", "FL-")
                .invoke(entry::produced)
                .flatMap(lot -> serials.assign(entry))
                .call(units -> outbox.append(ProgressEvents.OUTPUT_TOPIC, entry.orderId().toString(), ProgressEvents.OUTPUT_REPORTED,
                        ProgressEvents.output(entry, units)))
                .call(units -> genealogy.produced(entry))
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

    /** A quantity report on an operation that ran on a machine, as the OEE counts it. */
    public record MachineReport(UUID orderId, int operationSequence, Instant reportedAt, BigDecimal good, BigDecimal scrap, BigDecimal rework) {
    }

    /** Quantity reports in [from, to) on operations started on the machine, in report order. In the caller's session. */
    public static Uni<List<MachineReport>> reportsOn(String machineCode, Instant from, Instant to) {
        return QuantityReport.<QuantityReport>list("from QuantityReport r where r.reportedAt >= ?1 and r.reportedAt < ?2"
                        + " and exists (from DispatchEntry d where d.orderId = r.orderId and d.operationSequence = r.operationSequence"
                        + " and d.machineCode = ?3) order by r.reportedAt, r.id",
                        from, to, machineCode)
                .map(reports -> reports.stream().map(r -> {
                    Quantities pieces = r.pieces();
                    return new MachineReport(r.orderId(), r.operationSequence(), r.reportedAt(), pieces.good(), pieces.scrap(), pieces.rework());
                }).toList());
    }
}
