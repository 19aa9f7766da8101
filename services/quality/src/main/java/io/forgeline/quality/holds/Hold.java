package io.forgeline.quality.holds;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A hold on an item's lots: all of them ({@code lot} empty), one, or one supplier's. On until it is lifted. */
@Entity
@Table(name = "quality_hold")
public class Hold extends PanacheEntityBase {

    @Id
    public UUID id;

    /** HOLD-000042: what the ledger and the people call it. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot = "";

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode = "";

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lift_reason")
    public String liftReason;

    @Version
    public long version;

    public boolean on() {
        return liftedAt == null;
    }

    /** Whether the hold covers a lot of its item as delivered by a supplier (empty for the plant's own lots). */
    public boolean covers(String itemCode, String lot, String supplierCode) {
        return this.itemCode.equals(itemCode) && (this.lot.isEmpty() || this.lot.equals(lot))
                && (this.supplierCode.isEmpty() || this.supplierCode.equals(supplierCode));
    }

    /** What it holds, in words: "every lot of BEARING-6204", "lot L-7 of BEARING-6204 from ACME". */
    public String subject() {
        return (lot.isEmpty() ? "every lot of " + itemCode : "lot " + lot + " of " + itemCode) + (supplierCode.isEmpty() ? "" : " from " + supplierCode);
    }
}
