package io.forgeline.execution.calendars;

import java.time.Instant;
import java.util.List;

/** A calendar's shifts, breaks and planned closures as kept in one JSON document (times as scheduling wrote them). */
public record CalendarContent(List<Slot> shifts, List<Slot> breaks, List<PlannedClosure> closures) {

    /** ISO weekday (1 = Monday), HH:mm wall-clock times. */
    public record Slot(int dayOfWeek, String startsAt, String endsAt) {
    }

    /** {@code machineCode} null for a closure of the whole calendar. */
    public record PlannedClosure(String id, String kind, String machineCode, Instant startsAt, Instant endsAt, String reason) {
    }
}
