package io.forgeline.execution.holds;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A quality hold as quality published it: on from {@code placedAt} until {@code liftedAt}. */
@Entity
@Table(name = "stock_hold")
public class StockHold extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** Empty: every lot of the item. */
    @Column(nullable = false)
    public String lot;

    /** Empty: whoever delivered or made the lot. */
    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lift_reason")
    public String liftReason;

    /**
     * Whether it covers a lot of the item. The shop floor does not know who delivered a lot, so a hold on one
     * supplier's lot covers every lot of that number: refusing a good lot is a question, consuming a held one a recall.
     */
    public boolean covers(String item, String lotNumber) {
        return liftedAt == null && itemCode.equals(item) && (lot.isEmpty() || lot.equals(lotNumber));
    }

    /** "HOLD-000042 (bearing noise)", as the refusal names it. */
    public String label() {
        return number + " (" + reason + ")";
    }
}
