package io.forgeline.warehouse.picking;

import io.forgeline.platform.problem.IllegalTransition;
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
 * Take {@code quantity} of a lot from a bin (or a handling unit in it) to the work center's staging bin (PCK-…).
 * While OPEN it reserves that stock for its order.
 */
@Entity
@Table(name = "pick_task")
public class PickTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "from_bin", nullable = false)
    public String fromBin;

    @Column(name = "from_sscc")
    public String fromSscc;

    @Column(name = "to_bin", nullable = false)
    public String toBin;

    /** The zone it is picked in: waves group a zone's tasks. */
    @Column(nullable = false)
    public String zone;

    @Column(nullable = false, precision = 18, scale = 6)
    public BigDecimal quantity;

    @Column(precision = 18, scale = 6)
    public BigDecimal picked;

    @Column(nullable = false)
    public String unit;

    @Column(name = "needed_by", nullable = false)
    public Instant neededBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PickTaskStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "picked_by")
    public String pickedBy;

    @Version
    public long version;

    public PickTaskStatus status() {
        return status;
    }

    /** The picker took {@code quantity}: all of it (PICKED) or less (SHORT). */
    void picked(BigDecimal quantity, String by, Instant at) {
        if (status != PickTaskStatus.OPEN) {
            throw new IllegalTransition("pick task " + number + " is " + status + ", not open");
        }
        picked = quantity;
        pickedBy = by;
        pickedAt = at;
        status = quantity.compareTo(this.quantity) < 0 ? PickTaskStatus.SHORT : PickTaskStatus.PICKED;
    }

    void cancel() {
        if (status == PickTaskStatus.OPEN) {
            status = PickTaskStatus.CANCELLED;
        }
    }

    public BigDecimal missing() {
        return quantity.subtract(picked == null ? BigDecimal.ZERO : picked);
    }
}
