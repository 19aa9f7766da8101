package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Time a calendar (holiday) or one machine (maintenance, breakdown) does not work, whatever the shifts say. */
@Entity
@Table(name = "calendar_closure")
public class Closure extends PanacheEntityBase {

    public enum Kind { HOLIDAY, MAINTENANCE, BREAKDOWN }

    @Id
    public UUID id;

    /** Set for a holiday of everyone on the calendar; otherwise {@link #machineCode} is. */
    @Column(name = "calendar_code")
    public String calendarCode;

    @Column(name = "machine_code")
    public String machineCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** Null while nobody knows when a broken machine will run again. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(nullable = false)
    public String reason = "";
}
