package io.forgeline.execution.serials;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One serialised unit the plant made: in which finished lot, by which order, when and by whom. Written once, never changed. */
@Entity
@Table(name = "produced_serial")
public class ProducedSerial extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String lot;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    /** The item's unit, in which this unit is one. */
    @Column(nullable = false)
    public String unit;

    @Column(name = "produced_at", nullable = false)
    public Instant producedAt;

    @Column(name = "produced_by", nullable = false)
    public String producedBy;

    @Embeddable
    public record Key(@Column(name = "item_code") String itemCode, String serial) implements Serializable {
    }

    public String itemCode() {
        return key.itemCode();
    }

    public String serial() {
        return key.serial();
    }
}
