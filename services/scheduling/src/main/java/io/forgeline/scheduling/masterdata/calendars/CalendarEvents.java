package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.contracts.scheduling.v1.CalendarClosure;
import io.forgeline.contracts.scheduling.v1.WeeklyTime;
import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.Closure;
import java.time.Instant;
import java.util.List;

/** Maps a calendar with its shifts, breaks and planned closures to {@code CalendarChanged}: the compacted topic keeps the whole picture. */
public final class CalendarEvents {

    public static final String TOPIC = "scheduling.calendars.v1";
    public static final String CHANGED = "io.forgeline.scheduling.calendar.changed.v1";

    private CalendarEvents() {
    }

    static CalendarChanged changed(Calendar calendar, List<WeeklySlot> shifts, List<WeeklySlot> breaks, List<Closure> closures,
            long snapshotVersion, Instant at) {
        CalendarChanged.Builder event = CalendarChanged.newBuilder()
                .setCode(calendar.code)
                .setName(calendar.name)
                .setTimeZone(calendar.timeZone)
                .setVersion(snapshotVersion)
                .setChangedAt(at.toString());
        shifts.forEach(s -> event.addShifts(weekly(s)));
        breaks.forEach(b -> event.addBreaks(weekly(b)));
        for (Closure closure : closures) {
            event.addClosures(CalendarClosure.newBuilder()
                    .setId(closure.id.toString())
                    .setKind(closure.kind.name())
                    .setMachineCode(closure.machineCode == null ? "" : closure.machineCode)
                    .setStartsAt(closure.startsAt.toString())
                    .setEndsAt(closure.endsAt == null ? "" : closure.endsAt.toString())
                    .setReason(closure.reason));
        }
        return event.build();
    }

    private static WeeklyTime weekly(WeeklySlot slot) {
        return WeeklyTime.newBuilder().setDayOfWeek(slot.dayOfWeek()).setStartsAt(slot.startsAt()).setEndsAt(slot.endsAt()).build();
    }
}
