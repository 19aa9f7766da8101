package io.forgeline.warehouse.stock;

import io.forgeline.platform.quantity.Quantity;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the ledger: signed, never changed (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Posting order, given by the database: the ledger reads oldest first by it. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** The movements booked together: a move is a minus and a plus of one posting. */
    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementType type;

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

    public String sscc;

    @Column(nullable = false, precision = 18, scale = 6)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    public String reason;

    /** What the movement was for: an ASN, a purchase or production order, an inspection lot, a count. */
    public String reference;

    public Quantity quantity() {
        return new Quantity(quantity, unit);
    }
}
