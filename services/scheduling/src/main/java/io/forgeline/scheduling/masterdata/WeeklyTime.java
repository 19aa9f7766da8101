package io.forgeline.scheduling.masterdata;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** Key of a shift or a break: which calendar, which weekday (ISO, 1 = Monday), from what time. */
@Embeddable
public record WeeklyTime(@Column(name = "calendar_code") String calendarCode,
                         @Column(name = "day_of_week") short dayOfWeek,
                         @Column(name = "starts_at") LocalTime startsAt) implements Serializable {

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
