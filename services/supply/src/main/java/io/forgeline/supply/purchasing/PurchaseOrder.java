package io.forgeline.supply.purchasing;

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

    @Version
    public long version;
}
