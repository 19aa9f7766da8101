package io.forgeline.execution.genealogy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A lot received at the dock, and from which supplier: where a trace backward ends. */
@Entity
@Table(name = "received_lot")
public class ReceivedLot extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(nullable = false)
    public String sscc;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Received less damaged, in {@link #unit}; null for receipts kept before quantities were. */
    public BigDecimal quantity;

    public String unit;

    @Embeddable
    public record Key(@Column(name = "receipt_id") UUID receiptId, @Column(name = "item_code") String itemCode,
                      @Column(name = "lot") String lot) implements Serializable {
    }
}
