package io.forgeline.scheduling.orders;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What the shop floor reported for one operation: rescheduling pins started ones and drops completed ones. */
@Entity
@Table(name = "operation_progress")
public class OperationProgress extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "machine_code")
    public String machineCode;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, @Column(name = "sequence") int sequence) implements Serializable {
    }
}
