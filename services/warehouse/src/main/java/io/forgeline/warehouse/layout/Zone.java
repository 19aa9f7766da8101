package io.forgeline.warehouse.layout;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Part of the stores with one purpose; a staging zone serves one work center. */
@Entity
@Table(name = "zone")
public class Zone extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZoneKind kind;

    @Column(name = "work_center")
    public String workCenter;
}
