package io.forgeline.execution.consumption;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.dispatch.OperationComponent;
import io.forgeline.execution.genealogy.Consumed;
import io.forgeline.execution.genealogy.Genealogy;
import io.forgeline.execution.holds.Holds;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Material consumption by scan. The scan is read (platform/ident), warehouse is asked what it names (fresh, over
 * gRPC), and then, in one transaction holding the order's operations and the lot: the operation must be under way
 * (409), the material one of its components, released, not expired, not held, staged where the work center
 * requires it, and enough of it left once this floor's consumptions warehouse has not issued yet are counted (422
 * otherwise, naming why). The consumption and its MaterialConsumed event are written together; warehouse issues it.
 */
@ApplicationScoped
public class MaterialConsumptions {

    private final MaterialScans scans;
    private final LotStockCheck warehouse;
    private final DispatchLists dispatch;
    private final Holds holds;
    private final Genealogy genealogy;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    MaterialConsumptions(MaterialScans scans, LotStockCheck warehouse, DispatchLists dispatch, Holds holds, Genealogy genealogy,
            Outbox outbox, IdempotentRequests idempotency, Clock clock) {
        this.scans = scans;
        this.warehouse = warehouse;
        this.dispatch = dispatch;
        this.holds = holds;
        this.genealogy = genealogy;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public Uni<MaterialConsumption> consume(UUID orderId, int sequence, ConsumeMaterial request, Optional<String> idempotencyKey,
            Acting operator) {
        if (request == null) {
            throw new InvalidField("/", "send the scan as JSON: {\"scan\":\"…\",\"quantity\":\"…\"}");
        }
        ConsumeMaterial.Checked checked = request.checked();
        return idempotency.once("material-consumptions", operator.actor(), idempotencyKey, checked.fingerprint(orderId, sequence),
                attempt -> scans.read(checked.scan())
                        .map(scan -> requireQuantity(scan, checked.quantity()))
                        .flatMap(scan -> Panache.withSession(() -> atHand(orderId, sequence))
                                .flatMap(at -> warehouse.stockOf(scan, itemToAsk(scan, at), at.operation().workCenterCode(), at.pending())
                                        .map(reply -> ScannedLot.of(scan, at.operation(), at.components(), reply))))
                        .flatMap(lot -> Panache.withTransaction(() -> book(orderId, sequence, lot, checked.quantity(), operator, attempt))),
                id -> find(orderId, sequence, UUID.fromString(id)));
    }

    public Uni<List<MaterialConsumption>> of(UUID orderId, int sequence) {
        return dispatch.operation(orderId, sequence).flatMap(operation -> Panache.withSession(() -> MaterialConsumption.list(
                "orderId = ?1 and operationSequence = ?2 order by consumedAt", orderId, sequence)));
    }

    public Uni<MaterialConsumption> find(UUID orderId, int sequence, UUID id) {
        return Panache.withSession(() -> MaterialConsumption.<MaterialConsumption>findById(id))
                .onItem().ifNull().failWith(() -> new NotFound("consumption", id.toString()))
                .invoke(found -> {
                    if (!found.orderId.equals(orderId) || found.operationSequence != sequence) {
                        throw new NotFound("consumption", id + " of operation " + sequence + " of order " + orderId);
                    }
                });
    }

    /** The operation under way, what it consumes, and this floor's consumptions of those items warehouse has not issued. */
    private record AtHand(DispatchEntry operation, Set<String> components, List<UUID> pending) {
    }

    private Uni<AtHand> atHand(UUID orderId, int sequence) {
        return dispatch.operation(orderId, sequence)
                .call(operation -> dispatch.requireNotCancelled(orderId))
                .invoke(DispatchEntry::requireConsuming)
                .flatMap(operation -> OperationComponent.of(orderId, sequence).flatMap(components -> {
                    if (components.isEmpty()) {
                        throw new RuleViolation("/scan", operation.label() + " consumes no material");
                    }
                    Set<String> codes = components.stream().map(OperationComponent::itemCode).collect(Collectors.toCollection(TreeSet::new));
                    return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                                    "select c.id from MaterialConsumption c where c.itemCode in ?1 and c.issued = false", UUID.class)
                            .setParameter(1, codes).getResultList())
                            .map(pending -> new AtHand(operation, codes, pending));
                }));
    }

    /** A scan naming items (by GTIN) is checked before warehouse is asked, and narrows what it is asked for. */
    private static String itemToAsk(MaterialScan scan, AtHand at) {
        if (!scan.namesItem()) {
            return "";
        }
        List<String> needed = scan.itemCodes().stream().filter(at.components()::contains).toList();
        if (needed.isEmpty()) {
            throw ScannedLot.wrongItem(new TreeSet<>(scan.itemCodes()), at.operation(), at.components());
        }
        return needed.size() == 1 ? needed.get(0) : "";
    }

    private Uni<MaterialConsumption> book(UUID orderId, int sequence, ScannedLot lot, Optional<BigDecimal> asked, Acting operator,
            Attempt attempt) {
        return dispatch.lockOperationsOf(orderId)
                .call(locked -> dispatch.requireNotCancelled(orderId))
                .map(locked -> locked.stream().filter(e -> e.operationSequence() == sequence).findFirst()
                        .orElseThrow(() -> new NotFound("operation", sequence + " of order " + orderId)))
                .invoke(DispatchEntry::requireConsuming)
                // two scans of one lot at once: the second counts the first before it judges what is left
                .call(operation -> TransactionLocks.lock("consumption:" + lot.itemCode() + "/" + lot.lot()))
                .call(operation -> lot.issued().isEmpty() ? Uni.createFrom().voidItem()
                        : MaterialConsumption.update("issued = true where id in ?1", lot.issued()).replaceWithVoid())
                .call(operation -> holds.covering(lot.itemCode(), lot.lot()).invoke(hold -> hold.ifPresent(h -> {
                    throw new RuleViolation("/scan", "lot " + lot.lot() + " of " + lot.itemCode() + " is held by " + h.label()
                            + ": quality must lift the hold first");
                })))
                .flatMap(operation -> pendingOf(lot).flatMap(pending -> PlantModel.requiresStaging(operation.workCenterCode())
                        .flatMap(requiresStaging -> {
                            Optional<BigDecimal> wanted = asked.or(() -> lot.serial().isEmpty() ? Optional.empty() : Optional.of(BigDecimal.ONE));
                            LotVerdict.Allowed allowed = LotVerdict.judge(lot.itemCode(), lot.lot(), lot.balances(), pending, wanted,
                                    requiresStaging, operation.workCenterCode(), LocalDate.now(clock));
                            MaterialConsumption consumption = consumption(operation, lot, allowed, operator);
                            return consumption.<MaterialConsumption>persist()
                                    .call(saved -> outbox.append(ConsumptionEvents.TOPIC, orderId.toString(), ConsumptionEvents.CONSUMED,
                                            ConsumptionEvents.consumed(saved)))
                                    .call(saved -> genealogy.consumed(new Consumed(saved.id, saved.orderId, saved.orderNumber,
                                            saved.operationSequence, saved.itemCode, saved.lot, saved.serial, saved.quantity, saved.unit, saved.consumedAt,
                                            saved.consumedBy)))
                                    .call(saved -> attempt.remember(saved.id.toString()));
                        })));
    }

    /**
     * A lot scanned loose needs a quantity; a serialised unit is one, and a handling unit scanned without one is
     * consumed whole.
     */
    private static MaterialScan requireQuantity(MaterialScan scan, Optional<BigDecimal> asked) {
        if (asked.isEmpty() && scan.sscc().isEmpty() && scan.serial().isEmpty()) {
            throw new InvalidField("/quantity", "is required: how much of " + scan.described() + " goes in");
        }
        if (!scan.serial().isEmpty() && asked.isPresent() && asked.get().compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidField("/quantity", "serial " + scan.serial() + " is one unit");
        }
        return scan;
    }

    private static Uni<BigDecimal> pendingOf(ScannedLot lot) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(sum(c.quantity), 0) from MaterialConsumption c where c.itemCode = ?1 and c.lot = ?2 and c.issued = false",
                        BigDecimal.class)
                .setParameter(1, lot.itemCode()).setParameter(2, lot.lot()).getSingleResult());
    }

    private MaterialConsumption consumption(DispatchEntry operation, ScannedLot lot, LotVerdict.Allowed allowed, Acting operator) {
        MaterialConsumption consumption = new MaterialConsumption();
        consumption.id = UUID.randomUUID();
        consumption.orderId = operation.orderId();
        consumption.orderNumber = operation.orderNumber();
        consumption.operationSequence = operation.operationSequence();
        consumption.workCenterCode = operation.workCenterCode();
        consumption.itemCode = lot.itemCode();
        consumption.lot = lot.lot();
        consumption.sscc = lot.sscc().isEmpty() ? null : lot.sscc();
        consumption.serial = lot.serial().isEmpty() ? null : lot.serial();
        consumption.quantity = allowed.quantity();
        consumption.unit = allowed.unit();
        consumption.unstaged = allowed.unstaged();
        consumption.consumedAt = clock.instant();
        consumption.consumedBy = operator.name();
        consumption.terminal = operator.terminalOrNull();
        return consumption;
    }
}
