package io.forgeline.supply.purchasing;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What we ordered from a supplier, and when the supplier promised it. The state machine lives here; the fields
 * are private, so the status and what each step records change only through its methods.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends PanacheEntityBase {

    @Id
    private UUID id;

    /** PO-000017. */
    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    @Column(name = "need_date", nullable = false)
    private Instant needDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PurchaseOrderStatus status;

    @Column(name = "requisition_id", unique = true)
    private UUID requisitionId;

    @Column(name = "production_order_number")
    private String productionOrderNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the supplier says the goods arrive at our dock; null until the first confirmation. */
    @Column(name = "promised_date")
    private Instant promisedDate;

    /** How many different dates the supplier has confirmed: 0 while OPEN, then 1, 2, ... */
    @Column(nullable = false)
    private int confirmations;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When the production order this was raised for was cancelled while the supplier had already confirmed. */
    @Column(name = "demand_cancelled_at")
    private Instant demandCancelledAt;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    /** A purchase order for a requisition, waiting for the supplier's confirmation. */
    static PurchaseOrder open(String number, String supplierCode, String itemCode, BigDecimal quantity, String unit, Instant needDate,
            UUID requisitionId, String productionOrderNumber, Instant now) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.number = number;
        order.supplierCode = supplierCode;
        order.itemCode = itemCode;
        order.quantity = quantity;
        order.unit = unit;
        order.needDate = needDate;
        order.status = PurchaseOrderStatus.OPEN;
        order.requisitionId = requisitionId;
        order.productionOrderNumber = productionOrderNumber;
        order.createdAt = now;
        return order;
    }

    /**
     * The supplier promises the goods for {@code promised}. A date already promised changes nothing (a
     * retried call must not count as a new confirmation); a new one counts as the next confirmation.
     *
     * @return whether this was a new confirmation
     * @throws IllegalTransition when the order is past confirming (shipped, received, cancelled)
     */
    boolean confirm(Instant promised, Instant now) {
        if (!status.next().contains(PurchaseOrderStatus.CONFIRMED)) {
            throw new IllegalTransition("purchase order " + number + " is " + status + " and can no longer be confirmed");
        }
        if (status == PurchaseOrderStatus.CONFIRMED && promised.equals(promisedDate)) {
            return false;
        }
        status = PurchaseOrderStatus.CONFIRMED;
        promisedDate = promised;
        confirmations++;
        confirmedAt = now;
        return true;
    }

    /**
     * The production order this was raised for was cancelled. Not confirmed yet: nobody has committed to it, so
     * it is cancelled. Confirmed: the supplier has committed and cancelling is the buyer's decision (it may cost
     * money), so it stays and records that its demand is gone. Shipped or later: the goods are on their way.
     *
     * @return whether it was cancelled
     */
    boolean demandCancelled(Instant now) {
        if (status == PurchaseOrderStatus.OPEN) {
            cancel(now);
            return true;
        }
        if (status == PurchaseOrderStatus.CONFIRMED && demandCancelledAt == null) {
            demandCancelledAt = now;
        }
        return false;
    }

    private void cancel(Instant now) {
        if (!status.next().contains(PurchaseOrderStatus.CANCELLED)) {
            throw new IllegalTransition("purchase order " + number + " is " + status + " and can no longer be cancelled");
        }
        status = PurchaseOrderStatus.CANCELLED;
        cancelledAt = now;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String supplierCode() {
        return supplierCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Instant needDate() {
        return needDate;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public UUID requisitionId() {
        return requisitionId;
    }

    public String productionOrderNumber() {
        return productionOrderNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant promisedDate() {
        return promisedDate;
    }

    public int confirmations() {
        return confirmations;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant demandCancelledAt() {
        return demandCancelledAt;
    }
}
