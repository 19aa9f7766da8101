package io.forgeline.execution.terminals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A terminal and the place it is bound to. */
@Entity
public class Terminal extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "work_center_code")
    public String workCenterCode;

    @Column(name = "machine_code")
    public String machineCode;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;
}
