package io.forgeline.supply.purchasing;

import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.supply.supplier.Supplier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class Purchasing {

    private static final Logger LOG = Logger.getLogger(Purchasing.class);

    private final Outbox outbox;
    private final Clock clock;

    Purchasing(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens a purchase order for a requisition, inside the consumer's transaction. A requisition for an unknown
     * supplier is a poison event; one for a production order that was cancelled meanwhile opens nothing.
     */
    public Uni<PurchaseOrder> orderFor(PurchaseRequisitionRaised requisition) {
        String productionOrder = requisition.getProductionOrderNumber();
        if (productionOrder.isBlank()) {
            return open(requisition);
        }
        return lock(productionOrder)
                .flatMap(locked -> CancelledProductionOrder.<CancelledProductionOrder>findById(productionOrder))
                .flatMap(cancelled -> {
                    if (cancelled != null) {
                        LOG.infof("requisition %s arrived after %s was cancelled: no purchase order", requisition.getRequisitionId(),
                                productionOrder);
                        return Uni.createFrom().nullItem();
                    }
                    return open(requisition);
                });
    }

    private Uni<PurchaseOrder> open(PurchaseRequisitionRaised requisition) {
        return Supplier.<Supplier>findById(requisition.getSupplierCode())
                .onItem().ifNull().failWith(() -> new PoisonEvent(
                        "requisition " + requisition.getRequisitionId() + " names unknown supplier " + requisition.getSupplierCode()))
                .flatMap(supplier -> DocumentNumbers.next("purchase_order_number_seq", "PO-").flatMap(number -> {
                    PurchaseOrder order = PurchaseOrder.open(number, supplier.code, requisition.getItemCode(),
                            new BigDecimal(requisition.getQuantity().getAmount()), requisition.getQuantity().getUnit(),
                            Instant.parse(requisition.getNeedDate()), UUID.fromString(requisition.getRequisitionId()),
                            requisition.getProductionOrderNumber(), clock.instant());
                    return order.<PurchaseOrder>persist()
                            .call(() -> outbox.append(PurchaseOrderEvents.TOPIC, order.id().toString(),
                                    PurchaseOrderEvents.CREATED, PurchaseOrderEvents.created(order)));
                }));
    }

    /**
     * The production order behind purchase orders was cancelled, inside the consumer's transaction: those the
     * supplier has not confirmed are cancelled and announced (the supplier's list shows it, a confirmation is
     * refused); confirmed ones stay and record it (see {@link PurchaseOrder#demandCancelled}). The cancellation
     * is kept, so a requisition still on its way opens nothing.
     */
    public Uni<Void> productionOrderCancelled(ProductionOrderCancelled cancelled) {
        String productionOrder = cancelled.getOrderNumber();
        Instant now = clock.instant();
        return lock(productionOrder)
                .flatMap(locked -> CancelledProductionOrder.<CancelledProductionOrder>findById(productionOrder))
                .call(held -> held != null ? Uni.createFrom().nullItem()
                        : CancelledProductionOrder.of(productionOrder, Instant.parse(cancelled.getCancelledAt()), cancelled.getCancelledBy())
                                .persist())
                // the row locks queue a supplier's confirmation under way behind this (or this behind it)
                .flatMap(held -> PurchaseOrder.<PurchaseOrder>find("productionOrderNumber", Sort.ascending("number"), productionOrder)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .flatMap(orders -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (PurchaseOrder order : orders) {
                        if (order.demandCancelled(now)) {
                            chain = chain.call(() -> outbox.append(PurchaseOrderEvents.TOPIC, order.id().toString(),
                                    PurchaseOrderEvents.CANCELLED, PurchaseOrderEvents.cancelled(order,
                                            "production order " + productionOrder + " was cancelled")));
                        }
                    }
                    return chain;
                });
    }

    /** A supplier's own orders, newest first: the caller passes the supplier from the verified token. */
    public Uni<List<PurchaseOrder>> ordersOf(String supplierCode) {
        return Panache.withSession(() -> PurchaseOrder.<PurchaseOrder>list("supplierCode", Sort.descending("createdAt"), supplierCode));
    }

    /** The requisition and the cancellation of one production order take turns. */
    private static Uni<Void> lock(String productionOrderNumber) {
        return TransactionLocks.lock("production-order:" + productionOrderNumber);
    }
}
