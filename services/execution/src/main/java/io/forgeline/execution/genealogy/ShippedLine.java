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

/** Some of a lot left the plant on a handling unit of a delivery, to a customer: where a trace forward ends. */
@Entity
@Table(name = "shipped_line")
public class ShippedLine extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "delivery_number", nullable = false)
    public String deliveryNumber;

    @Column(name = "customer_code", nullable = false)
    public String customerCode;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "shipped_at", nullable = false)
    public Instant shippedAt;

    @Column(name = "shipped_by", nullable = false)
    public String shippedBy;

    /** The pallet the unit travelled on; null when it travelled alone. */
    @Column(name = "pallet_sscc")
    public String palletSscc;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "serial_numbers", nullable = false)
    public String[] serialNumbers;

    @Embeddable
    public record Key(@Column(name = "delivery_id") UUID deliveryId, @Column(name = "sscc") String sscc,
                      @Column(name = "item_code") String itemCode, @Column(name = "lot") String lot) implements Serializable {
    }
}
