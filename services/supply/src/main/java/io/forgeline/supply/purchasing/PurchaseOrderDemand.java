package io.forgeline.supply.purchasing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Which order line a requisition joined: the index that keeps a requisition on one line only (its primary key) and
 * finds the orders of a cancelled production order. The line itself carries the requisition's quantity and date.
 */
@Entity
@Table(name = "purchase_order_demand")
public class PurchaseOrderDemand extends PanacheEntityBase {

    @Id
    @Column(name = "requisition_id")
    private UUID requisitionId;

    @Column(name = "purchase_order_id", nullable = false)
    private UUID purchaseOrderId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "production_order_number")
    private String productionOrderNumber;

    protected PurchaseOrderDemand() {
    }

    static PurchaseOrderDemand of(UUID requisitionId, PurchaseOrder order, String productionOrderNumber) {
        PurchaseOrderDemand row = new PurchaseOrderDemand();
        row.requisitionId = requisitionId;
        row.purchaseOrderId = order.id();
        row.lineNumber = order.lineOf(requisitionId);
        row.productionOrderNumber = productionOrderNumber;
        return row;
    }

    UUID purchaseOrderId() {
        return purchaseOrderId;
    }
}
