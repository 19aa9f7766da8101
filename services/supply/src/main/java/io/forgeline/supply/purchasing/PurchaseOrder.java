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

/** What we ordered from a supplier, and when the supplier promised it. The state machine lives here. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    /** PO-000017. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "need_date", nullable = false)
    public Instant needDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PurchaseOrderStatus status;

    @Column(name = "requisition_id", unique = true)
    public UUID requisitionId;

    @Column(name = "production_order_number")
    public String productionOrderNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the supplier says the goods arrive at our dock; null until the first confirmation. */
    @Column(name = "promised_date")
    public Instant promisedDate;

    /** How many different dates the supplier has confirmed: 0 while OPEN, then 1, 2, ... */
    @Column(nullable = false)
    public int confirmations;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Version
    public long version;

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
}
