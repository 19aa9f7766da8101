package io.forgeline.scheduling.masterdata.calendars;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A calendar as a whole: its shifts and breaks replace the stored ones. */
public record PutCalendar(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required (an IANA zone id such as Europe/Berlin)") String timeZone,
        List<WeeklySlot> shifts,
        List<WeeklySlot> breaks,
        @PositiveOrZero(message = "must be 0 or more") Long version) {
}
