package io.forgeline.warehouse.picking;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.layout.ZoneKind;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockPlace;
import io.forgeline.warehouse.stock.StockStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stages released orders' components at the work center before the first operation starts. Allocation is FEFO over
 * released stock in storage (the rule in {@link Allocation}); an open pick task is the reservation of what it names,
 * and allocations of one item take turns, so two orders never count on the same stock. What stock cannot cover is
 * announced as short; a short pick is made up from other stock where there is some. Outbound deliveries plan their
 * picks to the shipping bin through {@link #plan} and hear of them as a {@link PickOwner}.
 */
@ApplicationScoped
public class Picking {

    private final Layout layout;
    private final StockLedger stock;
    private final Ledger ledger;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;
    private final ZoneId plantZone;
    private final Instance<PickOwner> owners;

    Picking(Layout layout, StockLedger stock, Ledger ledger, Outbox outbox, IdempotentRequests idempotency, Clock clock,
            @ConfigProperty(name = "forgeline.warehouse.plant-zone", defaultValue = "Europe/Berlin") ZoneId plantZone,
            Instance<PickOwner> owners) {
        this.owners = owners;
        this.layout = layout;
        this.stock = stock;
        this.ledger = ledger;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.plantZone = plantZone;
    }

    /**
     * A released order's components, planned at once when a schedule already placed its first operation, else waiting
     * for one; inside the consumer's transaction. Repeats change nothing.
     */
    Uni<Void> released(MaterialDemand demand) {
        return TransactionLocks.lock("order:" + demand.orderId)
                .chain(() -> MaterialDemand.<MaterialDemand>findById(demand.orderId))
                .flatMap(known -> known != null || demand.materials().isEmpty() ? Uni.createFrom().voidItem()
                        : demand.persist().chain(() -> OperationStart.<OperationStart>findById(new OperationStart.Key(demand.orderId, demand.firstSequence)))
                                .flatMap(start -> start == null ? Uni.createFrom().voidItem() : plan(demand, start.startsAt)));
    }

    /** A published schedule placed an operation: remembered; for an order's first one, its picks are planned or moved in time. */
    Uni<Void> scheduled(UUID orderId, int sequence, Instant start) {
        return TransactionLocks.lock("order:" + orderId)
                .chain(() -> OperationStart.<OperationStart>findById(new OperationStart.Key(orderId, sequence)))
                .flatMap(known -> {
                    if (known != null) {
                        known.startsAt = start;
                        return Uni.createFrom().voidItem();
                    }
                    return OperationStart.of(orderId, sequence, start).persist().replaceWithVoid();
                })
                .chain(() -> MaterialDemand.<MaterialDemand>findById(orderId))
                .flatMap(demand -> demand == null || demand.firstSequence != sequence ? Uni.createFrom().voidItem() : plan(demand, start));
    }

    /** Plans the picks of a waiting demand, or moves the time of those planned. */
    private Uni<Void> plan(MaterialDemand demand, Instant start) {
        if (demand.status == DemandStatus.CANCELLED) {
            return Uni.createFrom().voidItem();
        }
        demand.neededBy = start;
        if (demand.status != DemandStatus.WAITING) {
            return PickTask.update("neededBy = ?1 where orderId = ?2 and status = ?3", start, demand.orderId, PickTaskStatus.OPEN).replaceWithVoid();
        }
        demand.status = DemandStatus.PLANNED;
        // every component's allocation lock at once, in one order: two orders of the same items never deadlock
        return TransactionLocks.lock(demand.materials().stream().map(material -> allocationKey(material.itemCode())).toList())
                .chain(() -> layout.stagingOf(demand.workCenter)).flatMap(staging -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (MaterialDemand.Material material : demand.materials()) {
                chain = chain.call(() -> allocate(demand, material, material.quantity(), staging, "not enough released stock", place -> false));
            }
            return chain;
        });
    }

    /**
     * The shop floor consumed the item for the order without waiting for its picks: they are withdrawn and their stock
     * is free again. Inside the caller's transaction.
     */
    public Uni<Void> takenByTheShopFloor(UUID orderId, String itemCode) {
        return PickTask.update("status = ?1 where orderId = ?2 and itemCode = ?3 and status = ?4", PickTaskStatus.CANCELLED, orderId, itemCode,
                PickTaskStatus.OPEN).replaceWithVoid();
    }

    /** The order will not be made: its open picks are dropped and their stock is free again. */
    Uni<Void> cancelled(UUID orderId) {
        return TransactionLocks.lock("order:" + orderId).chain(() -> MaterialDemand.<MaterialDemand>findById(orderId)).call(demand -> {
            if (demand == null) {
                return Uni.createFrom().voidItem();
            }
            demand.status = DemandStatus.CANCELLED;
            return PickTask.update("status = ?1 where orderId = ?2 and status = ?3", PickTaskStatus.CANCELLED, orderId, PickTaskStatus.OPEN);
        }).replaceWithVoid();
    }

    /**
     * The picker confirms a task by scanning where the goods came from (the bin, or the handling unit's SSCC) and the
     * quantity taken: the goods move to the staging bin. Less than the task asked is a short pick, made up from other
     * stock where possible; 422 naming the expected place when the scan is another one.
     */
    public Uni<PickTask> confirm(UUID id, PickConfirmation confirmation, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("pick-confirmations", actor, idempotencyKey, id + " " + confirmation,
                attempt -> Panache.withTransaction(() -> PickTask.<PickTask>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                        .onItem().ifNull().failWith(() -> new NotFound("pick task", id))
                        // a pick changes what is free: it waits for allocations of its item, as they wait for it
                        .call(task -> TransactionLocks.lock(allocationKey(task.itemCode)))
                        .call(task -> ledger.lockLot(task.itemCode, task.lot))
                        .call(task -> pick(task, confirmation, actor))
                        .call(task -> attempt.remember(task.id.toString()))),
                taskId -> find(UUID.fromString(taskId)));
    }

    public Uni<PickTask> find(UUID id) {
        return Panache.withSession(() -> PickTask.<PickTask>findById(id)).onItem().ifNull().failWith(() -> new NotFound("pick task", id));
    }

    /** Open tasks by when they are needed; of one work center's staging bins when given. */
    public Uni<List<PickTask>> open(Optional<String> toBin) {
        return Panache.withSession(() -> toBin.isPresent()
                ? PickTask.list("status = ?1 and toBin = ?2 order by neededBy, zone, fromBin", PickTaskStatus.OPEN, toBin.get())
                : PickTask.list("status = ?1 order by neededBy, zone, fromBin", PickTaskStatus.OPEN));
    }

    private Uni<Void> pick(PickTask task, PickConfirmation confirmation, Actor actor) {
        String scanned = confirmation.from().trim();
        if (!scanned.equals(task.fromBin) && !scanned.equals(task.fromSscc) && !scanned.endsWith(Objects.requireNonNullElse(task.fromSscc, "\u0000"))) {
            throw new RuleViolation("from", "this pick is from " + (task.fromSscc == null ? "bin " + task.fromBin
                    : "handling unit " + task.fromSscc + " in bin " + task.fromBin) + ", not " + scanned);
        }
        if (confirmation.quantity().compareTo(task.quantity) > 0) {
            throw new RuleViolation("quantity", "the task asks for " + Amounts.plain(task.quantity) + " " + task.unit + ": take no more");
        }
        task.picked(confirmation.quantity(), actor.name(), clock.instant());
        Uni<?> moved = confirmation.quantity().signum() == 0 ? Uni.createFrom().voidItem()
                : Ledger.balanceOf(new StockPlace(task.itemCode, task.lot, StockStatus.AVAILABLE, task.fromBin, task.fromSscc)).flatMap(source -> {
                    if (source == null) {
                        throw new RuleViolation("from", "the book holds no released " + task.itemCode + " of lot " + task.lot + " there any more");
                    }
                    Booking booking = Booking.of(MovementType.PICK, null, task.orderNumber + " · " + task.number)
                            .move(source, new StockPlace(task.itemCode, task.lot, StockStatus.AVAILABLE, task.toBin, null), confirmation.quantity());
                    return ledger.post(booking, actor);
                });
        // the rest of a short pick comes from other stock, never again from the place found short
        Predicate<StockBalance> foundShort = balance -> balance.bin.equals(task.fromBin) && Objects.equals(balance.sscc, task.fromSscc)
                && balance.lot.equals(task.lot);
        return moved.chain(() -> MaterialDemand.<MaterialDemand>find("orderId", task.orderId).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .<MaterialDemand>firstResult())
                .flatMap((MaterialDemand demand) -> {
                    if (demand == null) {
                        // not a production order's: an outbound delivery's, told to whoever owns it
                        Uni<Void> told = Uni.createFrom().voidItem();
                        for (PickOwner owner : owners) {
                            told = told.call(() -> owner.picked(task, foundShort));
                        }
                        return told;
                    }
                    Uni<Void> madeUp = Uni.createFrom().voidItem();
                    if (task.status() == PickTaskStatus.SHORT) {
                        MaterialDemand.Material material = demand.materials().stream().filter(m -> m.itemCode().equals(task.itemCode)).findFirst()
                                .orElse(new MaterialDemand.Material(task.itemCode, task.quantity, task.unit));
                        madeUp = layout.bin("toBin", task.toBin).flatMap(staging -> allocate(demand, material, task.missing(), staging,
                                "short pick at " + task.fromBin, foundShort));
                    }
                    return madeUp.chain(() -> stagedIfDone(demand, task.toBin));
                });
    }

    /** Once no pick of the order is open and nothing was short, the order's material is staged. */
    private Uni<Void> stagedIfDone(MaterialDemand demand, String stagingBin) {
        return PickTask.count("orderId = ?1 and status = ?2", demand.orderId, PickTaskStatus.OPEN).flatMap(open -> {
            if (open > 0 || demand.hasShortage || demand.status != DemandStatus.PLANNED) {
                return Uni.createFrom().voidItem();
            }
            demand.status = DemandStatus.STAGED;
            return outbox.append(PickEvents.TOPIC, demand.orderId.toString(), PickEvents.STAGED, PickEvents.staged(demand, stagingBin, clock.instant()))
                    .replaceWithVoid();
        });
    }

    /** Plans picks of {@code quantity} of a component; what stock cannot cover is announced short. */
    private Uni<Void> allocate(MaterialDemand demand, MaterialDemand.Material material, BigDecimal quantity, Bin staging, String reason,
            Predicate<StockBalance> excluded) {
        return plan(new PickOrder(demand.orderId, demand.orderNumber, demand.neededBy), material.itemCode(), quantity, material.unit(), staging,
                        excluded)
                .flatMap(shortfall -> shortfall.signum() > 0 ? shortage(demand, material, shortfall, reason) : Uni.createFrom().voidItem());
    }

    /**
     * Plans open pick tasks of {@code quantity} of an item for an order (a production order, an outbound delivery) to
     * {@code target}: FEFO over free released stock in open storage bins, never from what {@code excluded} names.
     * Answers what stock could not cover, for which nothing is planned. Inside the caller's transaction; holds the item's
     * allocation lock until it ends.
     */
    public Uni<BigDecimal> plan(PickOrder order, String itemCode, BigDecimal quantity, String unit, Bin target,
            Predicate<StockBalance> excluded) {
        LocalDate day = LocalDate.ofInstant(order.neededBy(), plantZone);
        return TransactionLocks.lock(allocationKey(itemCode))
                .chain(() -> layout.binsOf(ZoneKind.STORAGE))
                .flatMap(bins -> {
                    Map<String, Bin> storage = bins.stream().filter(bin -> !bin.blocked).collect(Collectors.toMap(bin -> bin.code, bin -> bin));
                    return stock.releasedIn(itemCode, storage.keySet())
                            .flatMap(held -> reserved(itemCode).map(reserved -> candidates(held, reserved, excluded)))
                            .map(candidates -> Allocation.fefo(new Allocation.Demand(itemCode, quantity, day), candidates))
                            .flatMap(allocation -> tasks(order, unit, allocation, target, storage).replaceWith(allocation.shortfall()));
                });
    }

    /** Whom picks are planned for: the order (or delivery) they serve and by when its goods must be there. */
    public record PickOrder(UUID id, String number, Instant neededBy) {
    }

    private Uni<Void> shortage(MaterialDemand demand, MaterialDemand.Material material, BigDecimal missing, String reason) {
        demand.hasShortage = true;
        return outbox.append(PickEvents.TOPIC, demand.orderId.toString(), PickEvents.SHORT, PickEvents.shortOf(demand, material, missing, reason))
                .replaceWithVoid();
    }

    private Uni<Void> tasks(PickOrder order, String unit, Allocation allocation, Bin target, Map<String, Bin> storage) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Allocation.Pick pick : allocation.picks()) {
            chain = chain.call(() -> DocumentNumbers.next("pick_task_number_seq", "PCK-").flatMap(number -> {
                PickTask task = new PickTask();
                task.id = UUID.randomUUID();
                task.number = number;
                task.orderId = order.id();
                task.orderNumber = order.number();
                task.itemCode = pick.stock().itemCode();
                task.lot = pick.stock().lot();
                task.expiresOn = pick.stock().expiresOn();
                task.fromBin = pick.stock().bin();
                task.fromSscc = pick.stock().handlingUnit();
                task.toBin = target.code;
                task.zone = storage.get(pick.stock().bin()).zone.code;
                task.quantity = pick.quantity();
                task.unit = unit;
                task.neededBy = order.neededBy();
                task.status = PickTaskStatus.OPEN;
                task.createdAt = clock.instant();
                return task.persist().replaceWithVoid();
            }));
        }
        return chain;
    }

    /** What open picks already promised, per place (lot, bin, handling unit) of the item. */
    private static Uni<Map<String, BigDecimal>> reserved(String itemCode) {
        return PickTask.<PickTask>list("itemCode = ?1 and status = ?2", itemCode, PickTaskStatus.OPEN)
                .map(open -> open.stream().collect(Collectors.toMap(task -> key(task.lot, task.fromBin, task.fromSscc), task -> task.quantity,
                        BigDecimal::add)));
    }

    private static List<Allocation.Stock> candidates(List<StockBalance> held, Map<String, BigDecimal> reserved, Predicate<StockBalance> excluded) {
        List<Allocation.Stock> candidates = new ArrayList<>();
        for (StockBalance balance : held) {
            if (!excluded.test(balance)) {
                candidates.add(new Allocation.Stock(balance.itemCode, balance.bin, balance.sscc, balance.lot, balance.expiresOn, balance.receivedAt,
                        balance.status, balance.quantity, reserved.getOrDefault(key(balance.lot, balance.bin, balance.sscc), BigDecimal.ZERO)));
            }
        }
        return candidates;
    }

    private static String allocationKey(String itemCode) {
        return StockPlace.allocationKey(itemCode);
    }

    private static String key(String lot, String bin, String sscc) {
        return lot + "\u001f" + bin + "\u001f" + Objects.requireNonNullElse(sscc, "");
    }

}
