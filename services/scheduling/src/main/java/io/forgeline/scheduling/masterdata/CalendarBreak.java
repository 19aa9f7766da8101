package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A break inside a shift on one weekday. */
@Entity
@Table(name = "calendar_break")
public class CalendarBreak extends PanacheEntityBase {

    @EmbeddedId
    public WeeklyTime key;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;
}
