package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of interchangeable machines that routings name: "turning", "assembly cell 1". */
@Entity
@Table(name = "work_center")
public class WorkCenter extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** Operators consume only material staged at the work center; otherwise from where it lies, flagged as not staged. */
    @Column(name = "requires_staging", nullable = false)
    public boolean requiresStaging;

    @Version
    public long version;
}
