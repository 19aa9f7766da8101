package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.CalendarBreak;
import io.forgeline.scheduling.masterdata.CalendarShift;
import io.forgeline.scheduling.masterdata.Codes;
import io.forgeline.scheduling.masterdata.Conflicts;
import io.forgeline.scheduling.masterdata.ListFields;
import io.forgeline.scheduling.masterdata.Rows;
import io.forgeline.scheduling.masterdata.Saved;
import io.forgeline.scheduling.masterdata.WeeklyTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creates and replaces shift calendars, shifts and breaks together, after {@link WorkingWeek} accepts them. */
@ApplicationScoped
public class CalendarService {

    private static final Sort BY_TIME = Sort.by("key.dayOfWeek").and("key.startsAt");

    private final Validator validator;
    private final CalendarPublication publication;

    CalendarService(Validator validator, CalendarPublication publication) {
        this.validator = validator;
        this.publication = publication;
    }

    public Uni<List<CalendarView>> calendars() {
        return Panache.withSession(() -> Calendar.<Calendar>listAll(Sort.by("code"))
                .flatMap(calendars -> CalendarShift.<CalendarShift>listAll(BY_TIME)
                        .flatMap(shifts -> CalendarBreak.<CalendarBreak>listAll(BY_TIME).map(breaks -> {
                            Map<String, List<WeeklySlot>> shiftsOf = shifts.stream().collect(Collectors.groupingBy(
                                    s -> s.key.calendarCode(), Collectors.mapping(s -> slot(s.key, s.endsAt), Collectors.toList())));
                            Map<String, List<WeeklySlot>> breaksOf = breaks.stream().collect(Collectors.groupingBy(
                                    b -> b.key.calendarCode(), Collectors.mapping(b -> slot(b.key, b.endsAt), Collectors.toList())));
                            return calendars.stream().map(c -> new CalendarView(c.code, c.name, c.timeZone,
                                    shiftsOf.getOrDefault(c.code, List.of()), breaksOf.getOrDefault(c.code, List.of()), c.version)).toList();
                        }))));
    }

    public Uni<CalendarView> calendar(String code) {
        return Panache.withSession(() -> view(code));
    }

    public Uni<Saved<CalendarView>> put(String code, PutCalendar command) {
        Codes.check("code", code);
        String zone = command.timeZone().trim();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidField("timeZone", "'" + zone + "' is not an IANA time zone id such as Europe/Berlin");
        }
        List<WeeklySlot> shifts = command.shifts() == null ? List.of() : command.shifts();
        List<WeeklySlot> breaks = command.breaks() == null ? List.of() : command.breaks();
        ListFields.check("shifts", shifts, validator);
        ListFields.check("breaks", breaks, validator);
        for (int i = 0; i < breaks.size(); i++) {
            WorkingWeek.Slot pause = breaks.get(i).slot();
            if (!pause.endsAt().isAfter(pause.startsAt())) {
                throw new InvalidField("breaks[" + i + "].endsAt", "must be after startsAt: a break cannot run past midnight, split it in two");
            }
        }
        WorkingWeek.check(shifts.stream().map(WeeklySlot::slot).toList(), breaks.stream().map(WeeklySlot::slot).toList())
                .ifPresent(refusal -> {
                    throw new RuleViolation(refusal.field(), refusal.message());
                });
        String name = command.name().trim();
        return Panache.withTransaction(() -> Calendar.count("code", code)
                        .flatMap(existing -> existing == 0 ? create(code, name, zone).replaceWith(true) : replace(code, name, zone, command.version()))
                        .call(() -> CalendarShift.delete("key.calendarCode", code))
                        .call(() -> CalendarBreak.delete("key.calendarCode", code))
                        .call(() -> persist(code, shifts, breaks))
                        // the snapshot leaves in the same transaction as the change (scheduling.calendars.v1)
                        .call(() -> publication.publish(code))
                        .flatMap(created -> view(code).map(view -> new Saved<>(view, created))))
                .onFailure(Conflicts::lostRace).transform(race -> Conflicts.changedMeanwhile("calendar", code));
    }

    private static Uni<Void> create(String code, String name, String zone) {
        Calendar calendar = new Calendar();
        calendar.code = code;
        calendar.name = name;
        calendar.timeZone = zone;
        return calendar.persistAndFlush().replaceWithVoid();
    }

    /** Bumps the version even when only shifts or breaks changed: the version stands for the whole calendar. */
    private static Uni<Boolean> replace(String code, String name, String zone, Long version) {
        return Calendar.update("name = ?1, timeZone = ?2, version = version + 1 where code = ?3 and version = ?4",
                        name, zone, code, version == null ? -1L : version)
                .flatMap(updated -> updated == 1 ? Uni.createFrom().item(false)
                        : Panache.getSession().flatMap(session -> session
                                        .createSelectionQuery("select c.version from Calendar c where c.code = :code", Long.class)
                                        .setParameter("code", code).getSingleResult())
                                .flatMap(current -> Uni.createFrom().<Boolean>failure(Conflicts.stale("calendar", code, current, version))));
    }

    private static Uni<Void> persist(String code, List<WeeklySlot> shifts, List<WeeklySlot> breaks) {
        List<Object> rows = new ArrayList<>();
        for (WeeklySlot s : shifts) {
            CalendarShift shift = new CalendarShift();
            shift.key = new WeeklyTime(code, s.dayOfWeek().shortValue(), LocalTime.parse(s.startsAt()));
            shift.endsAt = LocalTime.parse(s.endsAt());
            rows.add(shift);
        }
        for (WeeklySlot b : breaks) {
            CalendarBreak pause = new CalendarBreak();
            pause.key = new WeeklyTime(code, b.dayOfWeek().shortValue(), LocalTime.parse(b.startsAt()));
            pause.endsAt = LocalTime.parse(b.endsAt());
            rows.add(pause);
        }
        return Rows.insert(rows);
    }

    /** The calendar as the API shows it, in the caller's session. */
    static Uni<CalendarView> viewInSession(String code) {
        return view(code);
    }

    private static Uni<CalendarView> view(String code) {
        return Calendar.<Calendar>findById(code)
                .onItem().ifNull().failWith(() -> new NotFound("calendar", code))
                .flatMap(calendar -> CalendarShift.<CalendarShift>list("key.calendarCode", BY_TIME, code)
                        .flatMap(shifts -> CalendarBreak.<CalendarBreak>list("key.calendarCode", BY_TIME, code)
                                .map(breaks -> new CalendarView(calendar.code, calendar.name, calendar.timeZone,
                                        shifts.stream().map(s -> slot(s.key, s.endsAt)).toList(),
                                        breaks.stream().map(b -> slot(b.key, b.endsAt)).toList(),
                                        calendar.version))));
    }

    private static WeeklySlot slot(WeeklyTime key, LocalTime endsAt) {
        return WeeklySlot.of(key.dayOfWeek(), key.startsAt(), endsAt);
    }
}
