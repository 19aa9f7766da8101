package io.forgeline.supply.purchasing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sent purchase order as it was at one revision: what changed, who changed it, the lines then. Only ever added. */
@Entity
@Table(name = "purchase_order_revision")
public class PurchaseOrderRevision extends PanacheEntityBase {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PurchaseOrderStatus status;

    @Column(nullable = false)
    private String change;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lines", nullable = false)
    private PurchaseOrder.Lines document;

    protected PurchaseOrderRevision() {
    }

    @Embeddable
    public record Key(@Column(name = "purchase_order_id") UUID purchaseOrderId, int revision) implements Serializable {
    }

    static PurchaseOrderRevision of(PurchaseOrder order, String change, String changedBy) {
        PurchaseOrderRevision row = new PurchaseOrderRevision();
        row.key = new Key(order.id(), order.revision());
        row.status = order.status();
        row.change = change;
        row.changedAt = order.changedAt();
        row.changedBy = changedBy;
        row.document = new PurchaseOrder.Lines(order.lines());
        return row;
    }

    public int revision() {
        return key.revision();
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public String change() {
        return change;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public List<PurchaseOrderLine> lines() {
        return document.lines();
    }
}
