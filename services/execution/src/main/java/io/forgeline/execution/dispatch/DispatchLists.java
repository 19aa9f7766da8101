package io.forgeline.execution.dispatch;

import static io.forgeline.platform.inbox.EventFields.decimal;
import static io.forgeline.platform.inbox.EventFields.instant;
import static io.forgeline.platform.inbox.EventFields.uuid;

import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.ComponentNeed;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

@ApplicationScoped
public class DispatchLists {

    private static final Logger LOG = Logger.getLogger(DispatchLists.class);

    /** Planned work first, in the order the schedule runs it; unplanned work after it, most urgent first. */
    private static final Sort PLANNED_ORDER = Sort.by("plannedStart", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("dueDate").and("orderNumber").and("operationSequence");

    private final Clock clock;

    DispatchLists(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues every operation of a released order at its work center, with any plan a schedule published
     * before the order arrived. Runs inside the consumer's transaction; the unique (order, operation) key
     * backs up the consumer's duplicate check. An order cancelled before its released event arrived (or is
     * replayed) stays off the lists.
     */
    public Uni<Void> enqueue(ProductionOrderReleased order) {
        UUID orderId = uuid(order.getOrderId(), "order_id");
        return OrderLocks.lock(orderId)
                .flatMap(locked -> CancelledOrder.<CancelledOrder>findById(orderId))
                .flatMap(cancelled -> {
                    if (cancelled != null) {
                        LOG.infof("%s arrived after its cancellation: not queued", order.getOrderNumber());
                        return Uni.createFrom().voidItem();
                    }
                    return PendingPlan.<PendingPlan>list("orderId", orderId).flatMap(pending -> queue(order, pending));
                });
    }

    private static Uni<Void> queue(ProductionOrderReleased order, List<PendingPlan> pending) {
        Map<Integer, PendingPlan> plans = pending.stream().collect(Collectors.toMap(p -> p.operationSequence, Function.identity()));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PlannedOperation operation : order.getOperationsList()) {
            DispatchEntry entry = entry(order, operation);
            Optional.ofNullable(plans.get(operation.getSequence())).ifPresent(plan -> entry.plan(plan.plan()));
            chain = chain.call(entry::persist);
            for (ComponentNeed need : operation.getComponentsList()) {
                OperationComponent component = OperationComponent.of(entry.orderId(), operation.getSequence(), need.getItemCode(),
                        decimal(need.getQuantity().getAmount(), "components.quantity"), need.getQuantity().getUnit());
                chain = chain.call(component::persist);
            }
        }
        for (PendingPlan plan : pending) {
            chain = chain.call(plan::delete);
        }
        return chain;
    }

    /**
     * Takes a cancelled order off the dispatch lists, inside the consumer's transaction: its operations that are
     * not done become CANCELLED (a running one too: scheduling cancels only orders it has not seen start, so
     * that happens only when the start and the cancellation crossed), plans waiting for it are dropped, and the
     * cancellation is kept so the order never comes back.
     */
    public Uni<Void> withdraw(ProductionOrderCancelled order) {
        UUID orderId = uuid(order.getOrderId(), "order_id");
        Instant at = instant(order.getCancelledAt(), "cancelled_at");
        return OrderLocks.lock(orderId)
                .flatMap(locked -> CancelledOrder.<CancelledOrder>findById(orderId))
                .call(held -> held != null ? Uni.createFrom().nullItem()
                        : CancelledOrder.of(orderId, order.getOrderNumber(), at, order.getCancelledBy()).persist())
                .flatMap(held -> lockOperationsOf(orderId))
                .invoke(entries -> entries.forEach(entry -> entry.cancel(at)
                        .filter(OperationStatus::hasStarted)
                        .ifPresent(was -> LOG.warnf("%s was %s on %s when its order was cancelled: it is cancelled too",
                                entry.label(), was, entry.machineCode()))))
                .flatMap(entries -> PendingPlan.delete("orderId", orderId))
                .replaceWithVoid();
    }

    /** Refuses (409, saying so) any operator action on an order that was cancelled. In the caller's session. */
    public Uni<Void> requireNotCancelled(UUID orderId) {
        return CancelledOrder.<CancelledOrder>findById(orderId).invoke(cancelled -> {
            if (cancelled != null) {
                throw new IllegalTransition(cancelled.reason());
            }
        }).replaceWithVoid();
    }

    /**
     * Places a machine's operations as a published schedule says, inside the consumer's transaction. A plan
     * older than the one an operation holds is ignored; a plan for an order not known yet is kept until it arrives.
     */
    public Uni<Void> plan(MachineSchedulePublished schedule) {
        Instant publishedAt = instant(schedule.getPublishedAt(), "published_at");
        Map<OperationKey, OperationPlan> plans = new HashMap<>();
        for (ScheduledOperation operation : schedule.getOperationsList()) {
            Instant start = instant(operation.getStart(), "start");
            Instant setupStart = operation.getSetupStart().isBlank() ? start : instant(operation.getSetupStart(), "setup_start");
            plans.put(new OperationKey(uuid(operation.getOrderId(), "order_id"), operation.getOperationSequence()),
                    new OperationPlan(schedule.getMachineCode(), setupStart, start, instant(operation.getEnd(), "end"),
                            schedule.getScheduleId(), publishedAt));
        }
        List<UUID> orderIds = plans.keySet().stream().map(OperationKey::orderId).distinct().toList();
        if (orderIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return OrderLocks.lock(orderIds)
                // locked like the operator actions lock them, in the same row order: a plan waits for a start
                // under way instead of failing on its version, and the two never deadlock
                .flatMap(locked -> DispatchEntry.<DispatchEntry>find("orderId in ?1", Sort.ascending("orderId", "operationSequence"), orderIds)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .flatMap(entries -> cancelledAmong(orderIds).flatMap(cancelled -> PendingPlan.<PendingPlan>list("orderId in ?1", orderIds)
                        .flatMap(pending -> place(plans, entries, pending, cancelled))));
    }

    private static Uni<Void> place(Map<OperationKey, OperationPlan> plans, List<DispatchEntry> entries, List<PendingPlan> pending,
            Set<UUID> cancelled) {
        Map<OperationKey, DispatchEntry> known = entries.stream()
                .collect(Collectors.toMap(e -> new OperationKey(e.orderId(), e.operationSequence()), Function.identity()));
        Map<OperationKey, PendingPlan> parked = pending.stream()
                .collect(Collectors.toMap(p -> new OperationKey(p.orderId, p.operationSequence), Function.identity()));
        Set<UUID> knownOrders = entries.stream().map(DispatchEntry::orderId).collect(Collectors.toSet());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<OperationKey, OperationPlan> planned : plans.entrySet()) {
            OperationKey key = planned.getKey();
            OperationPlan plan = planned.getValue();
            DispatchEntry entry = known.get(key);
            if (cancelled.contains(key.orderId())) {
                continue; // a schedule published before the cancellation reached it: nothing left to place
            } else if (entry != null) {
                entry.plan(plan);
            } else if (knownOrders.contains(key.orderId())) {
                LOG.warnf("schedule %s plans operation %d of order %s, which its routing does not have: ignored",
                        plan.scheduleId(), key.sequence(), key.orderId());
            } else if (parked.containsKey(key)) {
                PendingPlan held = parked.get(key);
                if (plan.supersedes(held.publishedAt)) {
                    held.replaceWith(plan);
                }
            } else {
                chain = chain.call(() -> PendingPlan.of(key.orderId(), key.sequence(), plan).persist());
            }
        }
        return chain;
    }

    private static Uni<Set<UUID>> cancelledAmong(List<UUID> orderIds) {
        return CancelledOrder.<CancelledOrder>list("orderId in ?1", orderIds)
                .map(found -> found.stream().map(CancelledOrder::orderId).collect(Collectors.toSet()));
    }

    /** Open work at a work center in planned order; with a horizon, only what is planned to start within it. */
    public Uni<List<DispatchEntry>> openAt(String workCenterCode, Optional<Duration> horizon) {
        return Panache.withSession(() -> horizon.isPresent()
                ? DispatchEntry.<DispatchEntry>list("workCenterCode = ?1 and status in ?2 and plannedStart < ?3", PLANNED_ORDER,
                        workCenterCode, OperationStatus.OPEN, clock.instant().plus(horizon.get()))
                : DispatchEntry.<DispatchEntry>list("workCenterCode = ?1 and status in ?2", PLANNED_ORDER,
                        workCenterCode, OperationStatus.OPEN));
    }

    /**
     * Operations started on a machine that may have run in [from, to): started before {@code to} and not completed or
     * cancelled before {@code from}. In the caller's session (the OEE reads them with the rest of a period).
     */
    public static Uni<List<DispatchEntry>> ranOn(String machineCode, Instant from, Instant to) {
        return DispatchEntry.<DispatchEntry>list("machineCode = ?1 and startedAt < ?2 and (completedAt is null or completedAt >= ?3)"
                + " and (cancelledAt is null or cancelledAt >= ?3)", Sort.ascending("startedAt"), machineCode, to, from);
    }

    /** Whether work is planned on (or runs on) a machine: an operation placed on it that is neither done nor cancelled. */
    public Uni<Boolean> hasWorkOn(String machineCode) {
        return Panache.withSession(() -> DispatchEntry.count("machineCode = ?1 and status in ?2", machineCode, OperationStatus.OPEN))
                .map(count -> count > 0);
    }

    /** Every operation of an order, in routing order. */
    public Uni<List<DispatchEntry>> operationsOf(UUID orderId) {
        return Panache.withSession(() -> DispatchEntry.<DispatchEntry>list("orderId", Sort.ascending("operationSequence"), orderId));
    }

    /**
     * Every operation of an order in routing order, locked until the caller's transaction ends, so two
     * terminals acting on one order take turns (the precedence check and "was this the last operation?"
     * must see each other's result). Call inside a transaction.
     */
    public Uni<List<DispatchEntry>> lockOperationsOf(UUID orderId) {
        return DispatchEntry.<DispatchEntry>find("orderId", Sort.ascending("operationSequence"), orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<DispatchEntry> operation(UUID orderId, int sequence) {
        return Panache.withSession(() -> DispatchEntry.<DispatchEntry>find("orderId = ?1 and operationSequence = ?2", orderId, sequence)
                        .firstResult())
                .onItem().ifNull().failWith(() -> new NotFound("operation", sequence + " of order " + orderId));
    }

    private static DispatchEntry entry(ProductionOrderReleased order, PlannedOperation operation) {
        return DispatchEntry.queued(uuid(order.getOrderId(), "order_id"), order.getOrderNumber(), order.getItemCode(),
                new BigDecimal(order.getQuantity().getAmount()), order.getQuantity().getUnit(), Instant.parse(order.getDueDate()),
                operation.getSequence(), operation.getWorkCenterCode(), operation.getDescription(), operation.getSetupMinutes(),
                new BigDecimal(operation.getRunMinutes()), Instant.parse(order.getReleasedAt()));
    }




    private record OperationKey(UUID orderId, int sequence) {
    }
}
