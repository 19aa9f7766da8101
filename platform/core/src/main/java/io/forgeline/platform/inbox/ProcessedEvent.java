package io.forgeline.platform.inbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "ce_id")
    public String id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    protected ProcessedEvent() {
    }

    ProcessedEvent(String id, String topic, Instant processedAt) {
        this.id = id;
        this.topic = topic;
        this.processedAt = processedAt;
    }
}
