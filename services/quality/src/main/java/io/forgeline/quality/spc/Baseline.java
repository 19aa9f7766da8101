package io.forgeline.quality.spc;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A characteristic's frozen phase-I limits: its individuals' center and sigma, and from how many points. */
@Entity
@Table(name = "spc_baseline")
public class Baseline extends PanacheEntityBase {

    @Id
    public String series;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String characteristic;

    public double center;

    public double sigma;

    public int points;

    @Column(name = "frozen_at", nullable = false)
    public Instant frozenAt;

    @Column(name = "frozen_by", nullable = false)
    public String frozenBy;

    Known known() {
        return new Known(java.util.OptionalDouble.of(center), java.util.OptionalDouble.of(sigma));
    }
}
