package io.forgeline.scheduling.masterdata.plant;

import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.Codes;
import io.forgeline.scheduling.masterdata.Conflicts;
import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.Saved;
import io.forgeline.scheduling.masterdata.WorkCenter;
import io.forgeline.scheduling.masterdata.calendars.CalendarPublication;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Work centers and machines. A machine belongs to its work center's event, so every machine change also
 * moves its work center's version: read models apply only newer versions and would drop it otherwise.
 */
@ApplicationScoped
public class PlantService {

    private final Outbox outbox;
    private final Clock clock;
    private final CalendarPublication calendars;

    PlantService(Outbox outbox, Clock clock, CalendarPublication calendars) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
    }

    public Uni<List<WorkCenterWithMachines>> workCenters() {
        return Panache.withSession(() -> WorkCenter.<WorkCenter>listAll(Sort.by("code"))
                .flatMap(centers -> Machine.<Machine>listAll(Sort.by("code")).map(machines -> {
                    Map<String, List<Machine>> byCenter = machines.stream().collect(Collectors.groupingBy(m -> m.workCenterCode));
                    return centers.stream().map(c -> new WorkCenterWithMachines(c, byCenter.getOrDefault(c.code, List.of()))).toList();
                })));
    }

    public Uni<WorkCenterWithMachines> workCenter(String code) {
        return Panache.withSession(() -> withMachines(code));
    }

    public Uni<Saved<WorkCenterWithMachines>> putWorkCenter(String code, PutWorkCenter command) {
        Codes.check("code", code);
        String name = command.name().trim();
        boolean staging = command.staging();
        return Panache.withTransaction(() -> WorkCenter.count("code", code)
                        .flatMap(existing -> existing == 0
                                ? createWorkCenter(code, name, staging).replaceWith(true)
                                : WorkCenter.update("name = ?1, requiresStaging = ?2, version = version + 1 where code = ?3 and version = ?4",
                                                name, staging, code, command.version() == null ? -1L : command.version())
                                        .flatMap(updated -> updated == 1 ? Uni.createFrom().item(false)
                                                : version("WorkCenter", code).flatMap(current -> Uni.createFrom().<Boolean>failure(
                                                        Conflicts.stale("work center", code, current, command.version())))))
                        .flatMap(created -> publish(code).map(plant -> new Saved<>(plant, created))))
                .onFailure(Conflicts::lostRace).transform(race -> Conflicts.changedMeanwhile("work center", code));
    }

    public Uni<List<Machine>> machines(Optional<String> workCenter) {
        return Panache.withSession(() -> workCenter.isPresent()
                ? Machine.<Machine>list("workCenterCode", Sort.by("code"), workCenter.get())
                : Machine.<Machine>listAll(Sort.by("code")));
    }

    public Uni<Machine> machine(String code) {
        return Panache.withSession(() -> Machine.<Machine>findById(code))
                .onItem().ifNull().failWith(() -> new NotFound("machine", code));
    }

    /**
     * Creates or replaces a machine; its status stays as execution last reported it. Moving it to another
     * work center publishes both work centers, and is refused while a routing of the old one names it.
     */
    public Uni<Saved<Machine>> putMachine(String code, PutMachine command) {
        Codes.check("code", code);
        String workCenter = command.workCenterCode().trim();
        String calendar = command.calendarCode().trim();
        String name = command.name().trim();
        return Panache.withTransaction(() -> Calendar.count("code", calendar)
                        .invoke(calendars -> {
                            if (calendars == 0) {
                                throw new RuleViolation("calendarCode", "calendar " + calendar + " does not exist");
                            }
                        })
                        .chain(() -> current(code))
                        .chain(before -> {
                            if (before.isPresent() && !Objects.equals(before.get().version(), command.version())) {
                                throw Conflicts.stale("machine", code, before.get().version(), command.version());
                            }
                            Optional<String> movedFrom = before.map(MachineRow::workCenterCode).filter(old -> !old.equals(workCenter));
                            return touch(workCenter, movedFrom)
                                    .chain(() -> movedFrom.isPresent() ? refuseIfRoutingNeedsIt(code, movedFrom.get()) : Uni.createFrom().voidItem())
                                    .chain(() -> before.isPresent() ? updateMachine(code, workCenter, name, calendar, command.version())
                                            : createMachine(code, workCenter, name, calendar))
                                    .chain(() -> publish(workCenter))
                                    .chain(() -> movedFrom.isPresent() ? publish(movedFrom.get()).replaceWithVoid() : Uni.createFrom().voidItem())
                                    // its maintenance travels with its calendar's snapshot: a move to another calendar changes both
                                    .chain(() -> before.map(MachineRow::calendarCode).filter(old -> !old.equals(calendar))
                                            .map(old -> calendars.publishAll(List.of(old, calendar))).orElse(Uni.createFrom().voidItem()))
                                    .chain(() -> Machine.<Machine>findById(code))
                                    .map(machine -> new Saved<>(machine, before.isEmpty()));
                        }))
                .onFailure(Conflicts::lostRace).transform(race -> Conflicts.changedMeanwhile("machine", code));
    }

    /** Appends the current state of every work center (bootstrapping a new consumer); runs in the caller's transaction. */
    public Uni<Integer> appendAll() {
        return WorkCenter.<WorkCenter>listAll(Sort.by("code")).flatMap(centers -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (WorkCenter center : centers) {
                // one statement at a time: a reactive session does not run two at once
                chain = chain.call(() -> publish(center.code));
            }
            return chain.replaceWith(centers.size());
        });
    }

    private Uni<WorkCenterWithMachines> publish(String code) {
        return withMachines(code).call(plant -> outbox.append(WorkCenterEvents.TOPIC, code, WorkCenterEvents.CHANGED,
                WorkCenterEvents.changed(plant.workCenter(), plant.machines(), clock.instant())));
    }

    private static Uni<WorkCenterWithMachines> withMachines(String code) {
        return WorkCenter.<WorkCenter>findById(code)
                .onItem().ifNull().failWith(() -> new NotFound("work center", code))
                .flatMap(center -> Machine.<Machine>list("workCenterCode", Sort.by("code"), code)
                        .map(machines -> new WorkCenterWithMachines(center, machines)));
    }

    private static Uni<Void> createWorkCenter(String code, String name, boolean requiresStaging) {
        WorkCenter center = new WorkCenter();
        center.code = code;
        center.name = name;
        center.requiresStaging = requiresStaging;
        return center.persistAndFlush().replaceWithVoid();
    }

    /**
     * Moves the version of each work center the machine change touches, locking their rows: changes of one
     * work center's machines take turns, so its events leave in version order. Codes in order: no deadlock.
     */
    private static Uni<Void> touch(String workCenter, Optional<String> movedFrom) {
        TreeSet<String> codes = new TreeSet<>();
        codes.add(workCenter);
        movedFrom.ifPresent(codes::add);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String code : codes) {
            chain = chain.call(() -> WorkCenter.update("version = version + 1 where code = ?1", code).invoke(updated -> {
                if (updated == 0) {
                    throw new RuleViolation("workCenterCode", "work center " + code + " does not exist");
                }
            }));
        }
        return chain;
    }

    private static Uni<Void> refuseIfRoutingNeedsIt(String machine, String oldWorkCenter) {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select e.key.itemCode, e.key.sequence from EligibleMachine e, RoutingOperation o"
                                + " where o.key.itemCode = e.key.itemCode and o.key.sequence = e.key.sequence"
                                + " and e.key.machineCode = :machine and o.workCenterCode = :workCenter"
                                + " order by e.key.itemCode, e.key.sequence", Object[].class)
                        .setParameter("machine", machine).setParameter("workCenter", oldWorkCenter)
                        .setMaxResults(1).getResultList())
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        throw new RuleViolation("workCenterCode", "machine " + machine + " runs operation " + rows.get(0)[1]
                                + " of item " + rows.get(0)[0] + " at work center " + oldWorkCenter + ": change that routing first");
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Void> createMachine(String code, String workCenter, String name, String calendar) {
        Machine machine = new Machine();
        machine.code = code;
        machine.workCenterCode = workCenter;
        machine.name = name;
        machine.calendarCode = calendar;
        return machine.persistAndFlush().replaceWithVoid();
    }

    private static Uni<Void> updateMachine(String code, String workCenter, String name, String calendar, Long version) {
        return Machine.update("workCenterCode = ?1, name = ?2, calendarCode = ?3, version = version + 1 where code = ?4 and version = ?5",
                        workCenter, name, calendar, code, version)
                .invoke(updated -> {
                    if (updated == 0) {
                        throw Conflicts.changedMeanwhile("machine", code);
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Optional<MachineRow>> current(String code) {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select m.workCenterCode, m.version, m.calendarCode from Machine m where m.code = :code", Object[].class)
                        .setParameter("code", code).getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new MachineRow((String) row[0], (Long) row[1], (String) row[2])));
    }

    private static Uni<Long> version(String entity, String code) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select e.version from " + entity + " e where e.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }

    private record MachineRow(String workCenterCode, long version, String calendarCode) {
    }
}
