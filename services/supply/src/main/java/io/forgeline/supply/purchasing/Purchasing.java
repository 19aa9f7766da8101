package io.forgeline.supply.purchasing;

import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.supply.supplier.Supplier;
import io.forgeline.supply.supplier.SupplierDirectory;
import io.forgeline.supply.supplier.SupplierDirectory.Terms;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Scheduling's shortages become purchase orders. Requisitions of one supplier needed in the same week are collected
 * on one order (a line per item, rounded to the supplier's minimum and multiples) while the supplier has not
 * committed to it; the order goes to the supplier at once unless the supplier is set to "buyer approves first".
 */
@ApplicationScoped
public class Purchasing {

    private static final Logger LOG = Logger.getLogger(Purchasing.class);
    static final String SYSTEM = "supply";

    private final SupplierDirectory suppliers;
    private final PurchaseOrderJournal journal;
    private final Plant plant;
    private final Clock clock;

    Purchasing(SupplierDirectory suppliers, PurchaseOrderJournal journal, Plant plant, Clock clock) {
        this.suppliers = suppliers;
        this.journal = journal;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * Puts a requisition on a purchase order, inside the consumer's transaction. A requisition for an unknown
     * supplier is a poison event; one for a production order that was cancelled meanwhile orders nothing.
     */
    public Uni<Void> orderFor(PurchaseRequisitionRaised requisition) {
        String productionOrder = requisition.getProductionOrderNumber();
        if (productionOrder.isBlank()) {
            return collect(requisition);
        }
        return lockProductionOrder(productionOrder)
                .flatMap(locked -> CancelledProductionOrder.<CancelledProductionOrder>findById(productionOrder))
                .flatMap(cancelled -> {
                    if (cancelled != null) {
                        LOG.infof("requisition %s arrived after %s was cancelled: no purchase order", requisition.getRequisitionId(),
                                productionOrder);
                        return Uni.createFrom().voidItem();
                    }
                    return collect(requisition);
                });
    }

    private Uni<Void> collect(PurchaseRequisitionRaised requisition) {
        UUID requisitionId = UUID.fromString(requisition.getRequisitionId());
        Instant needDate = Instant.parse(requisition.getNeedDate());
        LocalDate neededOn = LocalDate.ofInstant(needDate, plant.zone());
        LocalDate week = neededOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String productionOrder = requisition.getProductionOrderNumber().isBlank() ? null : requisition.getProductionOrderNumber();
        Demand demand = new Demand(requisitionId, productionOrder, new BigDecimal(requisition.getQuantity().getAmount()), needDate);
        String item = requisition.getItemCode();
        String unit = requisition.getQuantity().getUnit();
        return Supplier.<Supplier>findById(requisition.getSupplierCode())
                .onItem().ifNull().failWith(() -> new PoisonEvent(
                        "requisition " + requisitionId + " names unknown supplier " + requisition.getSupplierCode()))
                .flatMap(supplier -> PurchaseOrderDemand.<PurchaseOrderDemand>findById(requisitionId).flatMap(known -> {
                    if (known != null) {
                        return Uni.createFrom().voidItem(); // already on an order (the event came again under another id)
                    }
                    return suppliers.terms(supplier.code, item).flatMap(terms -> TransactionLocks.lock("purchase-order-week:" + supplier.code + ":" + week)
                            .flatMap(locked -> collectingOrder(supplier.code, week))
                            .flatMap(order -> order == null
                                    ? open(supplier, week, item, unit, neededOn, demand, terms)
                                    : join(order, item, unit, neededOn, demand, terms)));
                }));
    }

    private static Uni<PurchaseOrder> collectingOrder(String supplierCode, LocalDate week) {
        return PurchaseOrder.<PurchaseOrder>find("supplierCode = ?1 and collectsWeek = ?2 and status in ?3", Sort.ascending("number"),
                        supplierCode, week, List.of(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.OPEN))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private Uni<Void> open(Supplier supplier, LocalDate week, String item, String unit, LocalDate neededOn, Demand demand, Terms terms) {
        Instant now = clock.instant();
        return DocumentNumbers.next("purchase_order_number_seq", "PO-").flatMap(number -> {
            PurchaseOrder order = PurchaseOrder.draft(number, supplier.code, plant.code(),
                    List.of(PurchaseOrderLine.open(1, item, terms.orderQuantityFor(demand.quantity()), unit, neededOn, List.of(demand))),
                    week, SYSTEM, now);
            if (!supplier.approvalRequired) {
                order.send(now);
            }
            return order.<PurchaseOrder>persist()
                    .call(() -> PurchaseOrderDemand.of(demand.requisitionId(), order, demand.productionOrderNumber()).persist())
                    .call(() -> order.isSent() ? journal.sent(order, SYSTEM) : Uni.createFrom().voidItem())
                    .replaceWithVoid();
        });
    }

    private Uni<Void> join(PurchaseOrder order, String item, String unit, LocalDate neededOn, Demand demand, Terms terms) {
        order.cover(demand, item, unit, terms::orderQuantityFor, neededOn, plant.zone(), clock.instant());
        int line = order.lineOf(demand.requisitionId());
        return PurchaseOrderDemand.of(demand.requisitionId(), order, demand.productionOrderNumber()).persist()
                .call(() -> journal.changed(order, "line " + line + " now also covers "
                        + (demand.productionOrderNumber() == null ? "a stock replenishment" : demand.productionOrderNumber()), SYSTEM))
                .replaceWithVoid();
    }

    /**
     * The production order behind purchase order lines was cancelled, inside the consumer's transaction: lines the
     * supplier has not committed to lose its requisitions (an order left with nothing is cancelled and announced);
     * committed lines stay and the order records it (see {@link PurchaseOrder#demandCancelled}). The cancellation
     * is kept, so a requisition still on its way orders nothing.
     */
    public Uni<Void> productionOrderCancelled(ProductionOrderCancelled cancelled) {
        String productionOrder = cancelled.getOrderNumber();
        String reason = "production order " + productionOrder + " was cancelled";
        Instant now = clock.instant();
        return lockProductionOrder(productionOrder)
                .flatMap(locked -> CancelledProductionOrder.<CancelledProductionOrder>findById(productionOrder))
                .call(held -> held != null ? Uni.createFrom().nullItem()
                        : CancelledProductionOrder.of(productionOrder, Instant.parse(cancelled.getCancelledAt()), cancelled.getCancelledBy())
                                .persist())
                .flatMap(held -> PurchaseOrderDemand.<PurchaseOrderDemand>list("productionOrderNumber", productionOrder))
                // the row locks queue a supplier's answer under way behind this (or this behind it)
                .flatMap(demands -> demands.isEmpty() ? Uni.createFrom().item(List.<PurchaseOrder>of())
                        : PurchaseOrder.<PurchaseOrder>find("id in ?1", Sort.ascending("number"),
                                demands.stream().map(PurchaseOrderDemand::purchaseOrderId).distinct().toList())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .flatMap(orders -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (PurchaseOrder order : orders) {
                        chain = chain.call(() -> suppliers.terms(order.supplierCode(), itemsOf(order)).flatMap(terms -> {
                            boolean wasCancelled = order.status() == PurchaseOrderStatus.CANCELLED;
                            boolean tell = order.demandCancelled(productionOrder, plant.zone(),
                                    line -> line.changed(terms.get(line.itemCode()).orderQuantityFor(line.demanded()), line.requestedDate()),
                                    now);
                            if (!wasCancelled && order.status() == PurchaseOrderStatus.CANCELLED) {
                                return journal.cancelled(order, productionOrder, reason, SYSTEM);
                            }
                            return tell ? journal.changed(order, reason + ": its requisitions left the order", SYSTEM)
                                    : Uni.createFrom().voidItem();
                        }));
                    }
                    return chain;
                });
    }

    private static List<String> itemsOf(PurchaseOrder order) {
        return order.lines().stream().map(PurchaseOrderLine::itemCode).distinct().toList();
    }

    /** The requisition and the cancellation of one production order take turns. */
    private static Uni<Void> lockProductionOrder(String productionOrderNumber) {
        return TransactionLocks.lock("production-order:" + productionOrderNumber);
    }
}
