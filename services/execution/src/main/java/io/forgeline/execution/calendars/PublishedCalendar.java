package io.forgeline.execution.calendars;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A shift calendar as scheduling last published it. {@code version} is scheduling's snapshot number, not an optimistic
 * lock: only the calendar consumer writes here, and it uses the version to drop stale snapshots.
 */
@Entity
@Table(name = "shift_calendar")
public class PublishedCalendar extends PanacheEntityBase {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private long version;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private CalendarContent content;

    protected PublishedCalendar() {
    }

    static PublishedCalendar of(String code) {
        PublishedCalendar calendar = new PublishedCalendar();
        calendar.code = code;
        return calendar;
    }

    /** Takes the snapshot when it is newer than the one held; false (nothing changed) otherwise. */
    boolean take(String name, String timeZone, long version, Instant changedAt, CalendarContent content) {
        if (this.content != null && version <= this.version) {
            return false;
        }
        this.name = name;
        this.timeZone = timeZone;
        this.version = version;
        this.changedAt = changedAt;
        this.content = content;
        return true;
    }

    long version() {
        return version;
    }

    /** As the OEE reads it: shifts, breaks and closures turned into time in the plant's zone. */
    public ShiftCalendar shifts() {
        return new ShiftCalendar(code, ZoneId.of(timeZone),
                content.shifts().stream().map(PublishedCalendar::slot).toList(),
                content.breaks().stream().map(PublishedCalendar::slot).toList(),
                content.closures().stream().map(c -> new ShiftCalendar.Closure(c.startsAt(), c.endsAt(), c.machineCode(), c.reason())).toList());
    }

    private static ShiftCalendar.WeeklySlot slot(CalendarContent.Slot slot) {
        return new ShiftCalendar.WeeklySlot(DayOfWeek.of(slot.dayOfWeek()), LocalTime.parse(slot.startsAt()), LocalTime.parse(slot.endsAt()));
    }
}
