package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One machine of a work center: runs one operation at a time when its calendar says the plant works. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MachineStatus status = MachineStatus.UP;

    @Version
    public long version;
}
