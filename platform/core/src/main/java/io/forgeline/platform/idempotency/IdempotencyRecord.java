package io.forgeline.platform.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "This caller already sent this key, and it created that resource." */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    /** scope + caller + key, so two suppliers can both use key "1". */
    @Id
    public String id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
