package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A working window on one weekday; ending at or before its start means it runs past midnight. */
@Entity
@Table(name = "calendar_shift")
public class CalendarShift extends PanacheEntityBase {

    @EmbeddedId
    public WeeklyTime key;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;

    public boolean runsPastMidnight() {
        return !endsAt.isAfter(key.startsAt());
    }
}
