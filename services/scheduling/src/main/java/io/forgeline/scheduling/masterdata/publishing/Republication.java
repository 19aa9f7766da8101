package io.forgeline.scheduling.masterdata.publishing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who published all master data again, when, and how much: also tells the first start it was done. */
@Entity
@Table(name = "master_data_republish")
public class Republication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public int items;

    @Column(name = "work_centers", nullable = false)
    public int workCenters;

    /** Null for republications from before calendars were published. */
    public Integer calendars;
}
