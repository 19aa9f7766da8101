package io.forgeline.supply.purchasing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of what a supplier committed to for a purchase order (its latest promised arrival then), and who gave it:
 * the supplier's system, or a buyer accepting its counter-proposal. Rows are only ever added.
 */
@Entity
@Table(name = "purchase_order_confirmation")
public class PurchaseOrderConfirmation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "purchase_order_id", nullable = false)
    public UUID purchaseOrderId;

    @Column(nullable = false)
    public int confirmation;

    @Column(name = "promised_date", nullable = false)
    public Instant promisedDate;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    /** The partner client (or person) behind the confirmation, as the audit trail names it. */
    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;

    static PurchaseOrderConfirmation of(PurchaseOrder order, String by) {
        PurchaseOrderConfirmation row = new PurchaseOrderConfirmation();
        row.purchaseOrderId = order.id();
        row.confirmation = order.confirmations();
        row.promisedDate = order.promisedDate();
        row.confirmedAt = order.confirmedAt();
        row.confirmedBy = by;
        return row;
    }
}
