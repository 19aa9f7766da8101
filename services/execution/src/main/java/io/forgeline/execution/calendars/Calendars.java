package io.forgeline.execution.calendars;

import static io.forgeline.platform.inbox.EventFields.instant;

import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.contracts.scheduling.v1.CalendarClosure;
import io.forgeline.contracts.scheduling.v1.WeeklyTime;
import io.forgeline.platform.inbox.PoisonEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The shop floor's copy of scheduling's shift calendars, and each as a {@link ShiftCalendar} for the OEE. */
@ApplicationScoped
public class Calendars {

    private static final Logger LOG = Logger.getLogger(Calendars.class);

    /**
     * Applies a calendar snapshot inside the consumer's transaction. The topic is compacted and may be replayed or
     * arrive out of order, so a version at or below the one held changes nothing. A snapshot that cannot be read (an
     * unknown zone, a time that is not HH:mm) is poison: it would fail the same way every time.
     */
    Uni<Void> apply(CalendarChanged event) {
        if (event.getCode().isBlank()) {
            throw new PoisonEvent("calendar event without a code");
        }
        String zone = zone(event.getTimeZone());
        Instant changedAt = instant(event.getChangedAt(), "changed_at");
        CalendarContent content = new CalendarContent(slots(event.getShiftsList(), "shifts"), slots(event.getBreaksList(), "breaks"),
                closures(event.getClosuresList()));
        return PublishedCalendar.<PublishedCalendar>findById(event.getCode()).flatMap(held -> {
            PublishedCalendar calendar = held != null ? held : PublishedCalendar.of(event.getCode());
            if (!calendar.take(event.getName(), zone, event.getVersion(), changedAt, content)) {
                LOG.debugf("calendar %s version %d is not newer than %d: skipped", event.getCode(), event.getVersion(), calendar.version());
                return Uni.createFrom().voidItem();
            }
            return held != null ? Uni.createFrom().voidItem() : calendar.persist().replaceWithVoid();
        });
    }

    /** The calendar as the OEE reads it; empty when scheduling has not published it (yet). In the caller's session. */
    public Uni<Optional<ShiftCalendar>> calendar(String code) {
        return PublishedCalendar.<PublishedCalendar>findById(code).map(held -> Optional.ofNullable(held).map(PublishedCalendar::shifts));
    }

    private static String zone(String text) {
        try {
            return ZoneId.of(text).getId();
        } catch (DateTimeException unknown) {
            throw new PoisonEvent("calendar event with time_zone '" + text + "' that is no zone id", unknown);
        }
    }

    private static List<CalendarContent.Slot> slots(List<WeeklyTime> times, String field) {
        List<CalendarContent.Slot> slots = new ArrayList<>();
        for (WeeklyTime time : times) {
            if (time.getDayOfWeek() < 1 || time.getDayOfWeek() > 7) {
                throw new PoisonEvent("calendar event with a day_of_week " + time.getDayOfWeek() + " in " + field);
            }
            slots.add(new CalendarContent.Slot(time.getDayOfWeek(), localTime(time.getStartsAt(), field), localTime(time.getEndsAt(), field)));
        }
        return slots;
    }

    private static String localTime(String text, String field) {
        try {
            return LocalTime.parse(text).toString();
        } catch (DateTimeException unreadable) {
            throw new PoisonEvent("calendar event with a time '" + text + "' in " + field + " that is not HH:mm", unreadable);
        }
    }

    private static List<CalendarContent.PlannedClosure> closures(List<CalendarClosure> closures) {
        List<CalendarContent.PlannedClosure> kept = new ArrayList<>();
        for (CalendarClosure closure : closures) {
            Instant endsAt = closure.getEndsAt().isEmpty() ? null : instant(closure.getEndsAt(), "closures.ends_at");
            kept.add(new CalendarContent.PlannedClosure(closure.getId(), closure.getKind(),
                    closure.getMachineCode().isEmpty() ? null : closure.getMachineCode(),
                    instant(closure.getStartsAt(), "closures.starts_at"), endsAt, closure.getReason()));
        }
        return kept;
    }
}
