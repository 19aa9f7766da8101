package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.platform.outbox.Outbox;
import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.Closure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Appends a calendar's whole snapshot to the outbox, in the caller's transaction: the calendar with its shifts and
 * breaks, its holidays and the planned maintenance of every machine on it. Breakdowns stay out: they are unplanned
 * stops execution itself reported, not planned time off.
 */
@ApplicationScoped
public class CalendarPublication {

    private final Outbox outbox;
    private final Clock clock;

    CalendarPublication(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the next snapshot number (the update locks the calendar's row until commit, so snapshots of one calendar
     * leave in number order) and appends the snapshot.
     */
    public Uni<Void> publish(String code) {
        // flushed first: the snapshot reads what this transaction changed (a closure added or deleted)
        return Panache.getSession().flatMap(session -> session.flush().chain(() -> session
                        .createNativeQuery("update shift_calendar set snapshot_version = snapshot_version + 1 where code = :code")
                        .setParameter("code", code).executeUpdate()
                        .chain(() -> session.createNativeQuery("select snapshot_version from shift_calendar where code = :code", Long.class)
                                .setParameter("code", code).getSingleResult())))
                .chain(version -> CalendarService.viewInSession(code).chain(view -> closures(code).chain(closures ->
                        Calendar.<Calendar>findById(code).chain(calendar -> outbox.append(CalendarEvents.TOPIC, code, CalendarEvents.CHANGED,
                                CalendarEvents.changed(calendar, view.shifts(), view.breaks(), closures, version, clock.instant()))))))
                .replaceWithVoid();
    }

    /** Publishes several calendars in code order (no deadlock between two writers locking two calendars). */
    public Uni<Void> publishAll(Collection<String> codes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String code : new TreeSet<>(codes)) {
            // one statement at a time: a reactive session does not run two at once
            chain = chain.call(() -> publish(code));
        }
        return chain;
    }

    /** Every calendar (bootstrapping a new consumer); in the caller's transaction. */
    public Uni<Integer> appendAll() {
        return Calendar.<Calendar>listAll(Sort.by("code"))
                .flatMap(calendars -> publishAll(calendars.stream().map(c -> c.code).toList()).replaceWith(calendars.size()));
    }

    /** Publishes the calendar of a machine (its closures changed); nothing when the machine is unknown. */
    public Uni<Void> publishCalendarOf(String machineCode) {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select m.calendarCode from Machine m where m.code = :code", String.class)
                        .setParameter("code", machineCode).getResultList())
                .chain(codes -> publishAll(codes));
    }

    private static Uni<List<Closure>> closures(String code) {
        return Closure.<Closure>list("kind <> ?1 and (calendarCode = ?2 or machineCode in (select m.code from Machine m where m.calendarCode = ?2))",
                Sort.by("startsAt").and("id"), Closure.Kind.BREAKDOWN, code);
    }
}
