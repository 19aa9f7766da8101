package io.forgeline.execution.plant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A work center as scheduling last described it. {@code version} is scheduling's, not an optimistic lock:
 * only the work-center consumer writes here, and it uses the version to drop stale events.
 */
@Entity
@Table(name = "work_center")
public class WorkCenter extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public long version;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Operators consume only material staged here; otherwise material lying elsewhere is consumed and flagged. */
    @Column(name = "requires_staging", nullable = false)
    public boolean requiresStaging;
}
