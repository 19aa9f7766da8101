package io.forgeline.execution.plant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A machine of a work center, as scheduling last listed it. */
@Entity
@Table(name = "machine")
public class Machine extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "work_center_code", nullable = false)
    public String workCenterCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "calendar_code", nullable = false)
    public String calendarCode;

    /** When the work center that lists this machine changed; a claim from an older change loses. */
    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;
}
