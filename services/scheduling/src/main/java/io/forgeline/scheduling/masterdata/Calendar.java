package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A shift calendar: weekly shifts and breaks in wall-clock time of {@link #timeZone}, plus one-off closures. */
@Entity
@Table(name = "shift_calendar")
public class Calendar extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** IANA zone id of the plant, e.g. Europe/Berlin: shifts follow its daylight-saving changes. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Version
    public long version;
}
