package io.forgeline.warehouse.holds;

import io.forgeline.warehouse.stock.Holds;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A quality hold as warehouse knows it: active from its placement until its lift. The supplier is kept as quality
 * sent it but blocks nothing by itself: stock rows carry no supplier, so a supplier's lot is held as that lot.
 */
@Entity
@Table(name = "quality_hold")
public class QualityHold extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    /** Empty: every lot of the item. */
    @Column(nullable = false)
    private String lot;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    private String reason;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "placed_by")
    private String placedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lift_reason")
    private String liftReason;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    /** What a hold says: who holds which stock, and why. */
    record Facts(UUID id, String number, String itemCode, String lot, String supplierCode, String reason, String by, Instant at) {
    }

    static QualityHold placed(Facts placement) {
        QualityHold hold = of(placement);
        hold.reason = placement.reason();
        hold.placedBy = placement.by();
        hold.placedAt = placement.at();
        hold.active = true;
        return hold;
    }

    /**
     * A lift that came before its placement (a redelivery, a replay from the dead letters): kept as lifted, so the
     * placement, when it comes, finds the hold already over and blocks nothing.
     */
    static QualityHold liftedUnplaced(Facts lift) {
        QualityHold hold = of(lift);
        hold.lifted(lift);
        return hold;
    }

    private static QualityHold of(Facts facts) {
        QualityHold hold = new QualityHold();
        hold.id = facts.id();
        hold.number = facts.number();
        hold.itemCode = facts.itemCode();
        hold.lot = facts.lot();
        hold.supplierCode = facts.supplierCode();
        return hold;
    }

    /** A placement of a hold already known: lifted before it came (then only the record is completed), or a repeat. */
    void placedAgain(Facts placement) {
        if (placedAt == null) {
            reason = placement.reason();
            placedBy = placement.by();
            placedAt = placement.at();
        }
    }

    /** Ends the hold; false when it had ended already, so a second lift gives back nothing. */
    boolean lift(Facts lift) {
        if (!active) {
            return false;
        }
        lifted(lift);
        return true;
    }

    private void lifted(Facts lift) {
        active = false;
        liftedBy = lift.by();
        liftedAt = lift.at();
        liftReason = lift.reason();
    }

    String liftReason() {
        return liftReason;
    }

    /** As the ledger and the stock view see it. */
    Holds.Hold view() {
        return new Holds.Hold(number, itemCode, lot, reason == null || reason.isBlank() ? "quality hold " + number : reason, placedBy, active);
    }
}
