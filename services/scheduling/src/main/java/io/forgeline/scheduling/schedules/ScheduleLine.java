package io.forgeline.scheduling.schedules;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One operation of one schedule: on which machine, setup from when, run from when to when. */
@Entity
@Table(name = "schedule_operation")
public class ScheduleLine extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "machine_code", nullable = false)
    public String machineCode;

    @Column(name = "setup_start", nullable = false)
    public Instant setupStart;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(nullable = false)
    public boolean pinned;

    @Embeddable
    public record Key(@Column(name = "schedule_id") UUID scheduleId,
                      @Column(name = "order_id") UUID orderId,
                      @Column(name = "sequence") int sequence) implements Serializable {
    }
}
