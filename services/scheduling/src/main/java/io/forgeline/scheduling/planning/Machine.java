package io.forgeline.scheduling.planning;

import java.util.Objects;

/** A machine of a work center that runs one operation at a time, when its calendar says it works. */
public record Machine(String code, ShiftCalendar calendar) {
    public Machine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(calendar, "calendar");
    }

    public static Machine alwaysOpen(String code) {
        return new Machine(code, ShiftCalendar.alwaysOpen());
    }
}
