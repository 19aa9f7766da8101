package io.forgeline.warehouse.production;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A finished lot received from the shop floor, as execution reported it: what the order's production labels print. */
@Entity
@Table(name = "production_receipt")
public class ProductionReceipt extends PanacheEntityBase {

    /** The output_id of ProductionOutputReported: one row per output, as one receipt. */
    @Id
    @Column(name = "output_id")
    public UUID id;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
