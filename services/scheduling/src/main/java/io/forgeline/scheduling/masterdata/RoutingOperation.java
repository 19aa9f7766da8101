package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A step of an item's routing: where it runs and how long it takes. */
@Entity
@Table(name = "routing_operation")
public class RoutingOperation extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "work_center_code", nullable = false)
    public String workCenterCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "setup_minutes", nullable = false)
    public int setupMinutes;

    @Column(name = "run_minutes_per_unit", nullable = false)
    public BigDecimal runMinutesPerUnit;

    /** False for work that must not stop at a break (a weld seam, a curing cycle). */
    @Column(name = "may_pause_at_breaks", nullable = false)
    public boolean mayPauseAtBreaks = true;

    /** Pieces after which the next operation may start on them; null: the whole lot moves on at once. */
    @Column(name = "transfer_batch")
    public BigDecimal transferBatch;

    public int sequence() {
        return key.sequence;
    }

    @Embeddable
    public record Key(@Column(name = "item_code") String itemCode,
                      @Column(name = "sequence") int sequence) implements Serializable {
    }
}
