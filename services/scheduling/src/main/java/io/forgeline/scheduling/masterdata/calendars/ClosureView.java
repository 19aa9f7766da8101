package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.scheduling.masterdata.Closure;
import java.time.Instant;
import java.util.UUID;

/** {@code endsAt} is null only for a breakdown nobody knows the end of yet. */
public record ClosureView(UUID id, Closure.Kind kind, String calendarCode, String machineCode, Instant startsAt, Instant endsAt,
                          String reason) {

    static ClosureView of(Closure closure) {
        return new ClosureView(closure.id, closure.kind, closure.calendarCode, closure.machineCode, closure.startsAt,
                closure.endsAt, closure.reason);
    }
}
