package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.Closure;
import io.forgeline.scheduling.masterdata.Machine;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Holidays of a calendar and maintenance of a machine, planned ahead by people. Breakdowns are closures too,
 * but execution reports them and their repair: they are listed here and cannot be added or removed.
 */
@ApplicationScoped
public class ClosureService {

    private final CalendarPublication publication;

    ClosureService(CalendarPublication publication) {
        this.publication = publication;
    }

    /** Whose closures: a calendar's or a machine's. */
    public enum Owner {
        CALENDAR("calendar", "calendarCode", Closure.Kind.HOLIDAY),
        MACHINE("machine", "machineCode", Closure.Kind.MAINTENANCE);

        final String noun;
        final String column;
        final Closure.Kind plannedKind;

        Owner(String noun, String column, Closure.Kind plannedKind) {
            this.noun = noun;
            this.column = column;
            this.plannedKind = plannedKind;
        }
    }

    public Uni<List<Closure>> list(Owner owner, String code) {
        return Panache.withSession(() -> requireOwner(owner, code)
                .chain(() -> Closure.<Closure>list(owner.column, Sort.by("startsAt"), code)));
    }

    public Uni<Closure> add(Owner owner, String code, NewClosure request) {
        Closure.Kind kind = request.kind() == null ? owner.plannedKind : request.kind();
        if (kind != owner.plannedKind) {
            throw new RuleViolation("kind", "a " + owner.noun + " closes for " + owner.plannedKind
                    + (kind == Closure.Kind.BREAKDOWN ? "; breakdowns are reported through execution" : "")
                    + (kind == Closure.Kind.HOLIDAY ? "; a holiday belongs to a calendar" : "")
                    + (kind == Closure.Kind.MAINTENANCE ? "; maintenance belongs to a machine" : ""));
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new RuleViolation("endsAt", "must be after startsAt (" + request.startsAt() + ")");
        }
        return Panache.withTransaction(() -> requireOwner(owner, code).chain(() -> {
            Closure closure = new Closure();
            closure.id = UUID.randomUUID();
            closure.kind = kind;
            closure.calendarCode = owner == Owner.CALENDAR ? code : null;
            closure.machineCode = owner == Owner.MACHINE ? code : null;
            closure.startsAt = request.startsAt();
            closure.endsAt = request.endsAt();
            closure.reason = request.reason() == null ? "" : request.reason().trim();
            return closure.<Closure>persistAndFlush().call(() -> publishOwner(owner, code));
        }));
    }

    public Uni<Void> remove(Owner owner, String code, UUID id) {
        return Panache.withTransaction(() -> Closure.<Closure>findById(id)
                .invoke(closure -> {
                    String holder = closure == null ? null : owner == Owner.CALENDAR ? closure.calendarCode : closure.machineCode;
                    if (!code.equals(holder)) {
                        throw new NotFound("closure", id + " of " + owner.noun + " " + code);
                    }
                    if (closure.kind == Closure.Kind.BREAKDOWN) {
                        throw new RuleViolation("a breakdown ends when execution reports the repair, not by deleting it");
                    }
                })
                .chain(closure -> closure.delete())
                .call(() -> publishOwner(owner, code)));
    }

    /** The snapshot of the calendar the closure belongs to (a machine's: its machine's calendar), in the same transaction. */
    private Uni<Void> publishOwner(Owner owner, String code) {
        return owner == Owner.CALENDAR ? publication.publish(code) : publication.publishCalendarOf(code);
    }

    private static Uni<Void> requireOwner(Owner owner, String code) {
        Uni<Long> count = owner == Owner.CALENDAR ? Calendar.count("code", code) : Machine.count("code", code);
        return count.invoke(n -> {
            if (n == 0) {
                throw new NotFound(owner.noun, code);
            }
        }).replaceWithVoid();
    }
}
