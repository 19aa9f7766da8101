package io.forgeline.warehouse.picking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** When the latest published schedule starts an order's operation (its setup). */
@Entity
@Table(name = "operation_start")
public class OperationStart extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, @Column(name = "sequence") int sequence) implements Serializable {
    }

    static OperationStart of(UUID orderId, int sequence, Instant start) {
        OperationStart operation = new OperationStart();
        operation.key = new Key(orderId, sequence);
        operation.startsAt = start;
        return operation;
    }
}
