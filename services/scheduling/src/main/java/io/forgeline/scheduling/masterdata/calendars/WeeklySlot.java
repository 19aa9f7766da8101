package io.forgeline.scheduling.masterdata.calendars;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;

/** A shift or a break as the request and the view write it: {@code {"dayOfWeek": 1, "startsAt": "06:00", "endsAt": "14:00"}}. */
public record WeeklySlot(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 (Monday) to 7 (Sunday)")
        @Max(value = 7, message = "must be 1 (Monday) to 7 (Sunday)") Integer dayOfWeek,
        @NotNull(message = "is required") @Pattern(regexp = HH_MM, message = "must be a time of day as HH:mm, e.g. 06:00") String startsAt,
        @NotNull(message = "is required") @Pattern(regexp = HH_MM, message = "must be a time of day as HH:mm, e.g. 14:00") String endsAt) {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    WorkingWeek.Slot slot() {
        return new WorkingWeek.Slot(dayOfWeek, LocalTime.parse(startsAt), LocalTime.parse(endsAt));
    }

    static WeeklySlot of(int dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
        return new WeeklySlot(dayOfWeek, startsAt.toString(), endsAt.toString());
    }
}
