package io.forgeline.supply.purchasing;

import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.supply.supplier.Supplier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Purchasing {

    private final Outbox outbox;
    private final Clock clock;

    Purchasing(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs inside the consumer's transaction. A requisition for an unknown supplier is a poison event. */
    public Uni<PurchaseOrder> orderFor(PurchaseRequisitionRaised requisition) {
        return Supplier.<Supplier>findById(requisition.getSupplierCode())
                .onItem().ifNull().failWith(() -> new PoisonEvent(
                        "requisition " + requisition.getRequisitionId() + " names unknown supplier " + requisition.getSupplierCode()))
                .flatMap(supplier -> DocumentNumbers.next("purchase_order_number_seq", "PO-").flatMap(number -> {
                    PurchaseOrder order = new PurchaseOrder();
                    order.id = UUID.randomUUID();
                    order.number = number;
                    order.supplierCode = supplier.code;
                    order.itemCode = requisition.getItemCode();
                    order.quantity = new BigDecimal(requisition.getQuantity().getAmount());
                    order.unit = requisition.getQuantity().getUnit();
                    order.needDate = Instant.parse(requisition.getNeedDate());
                    order.status = PurchaseOrderStatus.OPEN;
                    order.requisitionId = UUID.fromString(requisition.getRequisitionId());
                    order.productionOrderNumber = requisition.getProductionOrderNumber();
                    order.createdAt = clock.instant();
                    return order.<PurchaseOrder>persist()
                            .call(() -> outbox.append(PurchaseOrderEvents.TOPIC, order.id.toString(),
                                    PurchaseOrderEvents.CREATED, PurchaseOrderEvents.created(order)));
                }));
    }

    /** A supplier's own orders, newest first: the caller passes the supplier from the verified token. */
    public Uni<List<PurchaseOrder>> ordersOf(String supplierCode) {
        return Panache.withSession(() -> PurchaseOrder.<PurchaseOrder>list("supplierCode", Sort.descending("createdAt"), supplierCode));
    }
}
