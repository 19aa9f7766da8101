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

/**
 * What one lot holds in one status, bin and handling unit: the projection of the ledger. Written only by
 * {@link Ledger}, in the transaction of the movements that change it.
 */
@Entity
@Table(name = "stock_balance")
public class StockBalance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StockStatus status;

    @Column(name = "bin_code", nullable = false)
    public String bin;

    /** The handling unit the goods are on; null for loose goods in the bin. */
    public String sscc;

    @Column(nullable = false, precision = 18, scale = 6)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    /** When the lot first came in: the tie-breaker after expiry when stock is allocated. */
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

    /** Where this balance lives. */
    public StockPlace place() {
        return new StockPlace(itemCode, lot, status, bin, sscc);
    }
}
