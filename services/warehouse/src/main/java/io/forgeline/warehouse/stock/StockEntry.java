package io.forgeline.warehouse.stock;

import io.forgeline.platform.quantity.Quantity;
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
import java.time.LocalDate;
import java.util.UUID;

/** One lot of one item at one location. */
@Entity
@Table(name = "stock_entry")
public class StockEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    @Column(nullable = false)
    public String location;

    @Column(nullable = false, precision = 18, scale = 6)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StockStatus status;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Version
    public long version;

    public Quantity quantity() {
        return new Quantity(quantity, unit);
    }

    /** Stock past its expiry date is never issued, whatever its status says. */
    public boolean issuableOn(LocalDate day) {
        return status == StockStatus.AVAILABLE && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
