package io.forgeline.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting for (or done with) publication. The id is the CloudEvents {@code ce_id}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String key;

    @Column(name = "ce_type", nullable = false)
    public String type;

    @Column(name = "ce_source", nullable = false)
    public String source;

    @Column(name = "ce_time", nullable = false)
    public Instant time;

    public String traceparent;

    @Column(nullable = false)
    public byte[] payload;

    @Column(name = "published_at")
    public Instant publishedAt;
}
