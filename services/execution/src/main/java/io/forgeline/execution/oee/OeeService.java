package io.forgeline.execution.oee;

import io.forgeline.execution.calendars.Calendars;
import io.forgeline.execution.calendars.ShiftCalendar;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.plant.Machine;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.progress.OperationProgress;
import io.forgeline.execution.progress.OperationProgress.MachineReport;
import io.forgeline.execution.signals.MachineTimelines;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers what the OEE of a machine needs (its calendar, the operations that ran on it and their reports, its signal
 * timeline) and applies {@link OeeRule} per period. Reads only; the definitions are in {@code docs/oee.md}.
 */
@ApplicationScoped
public class OeeService {

    /** Rows per shift of the machine's calendar, or per day of the plant. */
    public enum Grain { SHIFT, DAY }

    private final PlantModel plant;
    private final Calendars calendars;
    private final MachineTimelines timelines;
    private final ZoneId plantZone;

    OeeService(PlantModel plant, Calendars calendars, MachineTimelines timelines,
            @ConfigProperty(name = "forgeline.execution.plant-zone", defaultValue = "Europe/Berlin") ZoneId plantZone) {
        this.plant = plant;
        this.calendars = calendars;
        this.timelines = timelines;
        this.plantZone = plantZone;
    }

    /** One machine's figures per period of [from, to); 404 for a machine the plant model does not know. */
    public Uni<List<OeeFigures>> ofMachine(String machineCode, Instant from, Instant to, Grain grain) {
        return plant.machine(machineCode)
                .map(found -> found.orElseThrow(() -> new NotFound("machine", machineCode)))
                .flatMap(machine -> figures(machine, from, to, grain));
    }

    /**
     * A work center's figures per period: its machines' times, quantities and planned run times added up (ratios are
     * taken of the sums, never averaged). Machines on different calendars give rows for each one's shifts.
     */
    public Uni<List<OeeFigures>> ofWorkCenter(String workCenterCode, Instant from, Instant to, Grain grain) {
        return plant.workCenterExists(workCenterCode)
                .invoke(exists -> {
                    if (!exists) {
                        throw new NotFound("work center", workCenterCode);
                    }
                })
                .chain(() -> plant.machines(Optional.of(workCenterCode)))
                .flatMap(machines -> {
                    Uni<List<OeeFigures>> all = Uni.createFrom().item(new ArrayList<>());
                    for (Machine machine : machines) {
                        // one machine at a time: each reads in a session of its own
                        all = all.flatMap(sum -> figures(machine, from, to, grain).map(rows -> {
                            sum.addAll(rows);
                            return sum;
                        }));
                    }
                    return all.map(OeeService::addUp);
                });
    }

    /** The machine's figures for the given periods (the publisher's current shift). */
    Uni<List<OeeFigures>> figures(Machine machine, List<Period> periods, Instant from, Instant to) {
        return inputs(machine, from, to).flatMap(in -> timelines.timeline(machine.code, from, to).map(timeline -> {
            List<OeeFigures> rows = new ArrayList<>();
            for (Period period : periods) {
                rows.add(OeeRule.figures(period, in.calendar().plannedBusy(machine.code, period.from(), period.to()), timeline,
                        in.operations(), in.reports()));
            }
            return rows;
        }));
    }

    /** The machine's calendar as the OEE reads it, or an empty one (no planned time) until scheduling published it. */
    Uni<ShiftCalendar> calendarOf(Machine machine) {
        return Panache.withSession(() -> calendars.calendar(machine.calendarCode))
                .map(held -> held.orElseGet(() -> new ShiftCalendar(machine.calendarCode, plantZone, List.of(), List.of(), List.of())));
    }

    private Uni<List<OeeFigures>> figures(Machine machine, Instant from, Instant to, Grain grain) {
        return calendarOf(machine).flatMap(calendar -> figures(machine, OeeRule.periods(calendar, from, to, grain == Grain.SHIFT), from, to));
    }

    private record Inputs(ShiftCalendar calendar, List<RunningOperation> operations, List<ReportedQuantity> reports) {
    }

    private Uni<Inputs> inputs(Machine machine, Instant from, Instant to) {
        return calendarOf(machine).flatMap(calendar -> Panache.withSession(() -> DispatchLists.ranOn(machine.code, from, to)
                .flatMap(operations -> OperationProgress.reportsOn(machine.code, from, to)
                        .map(reports -> new Inputs(calendar, operations.stream().map(OeeService::running).toList(),
                                reports.stream().map(OeeService::reported).toList())))));
    }

    private static RunningOperation running(DispatchEntry entry) {
        Instant ended = entry.completedAt() != null ? entry.completedAt() : entry.cancelledAt();
        return new RunningOperation(key(entry.orderId().toString(), entry.operationSequence()), entry.startedAt(), ended,
                entry.runMinutes(), entry.quantity());
    }

    private static ReportedQuantity reported(MachineReport report) {
        return new ReportedQuantity(key(report.orderId().toString(), report.operationSequence()), report.reportedAt(), report.good(),
                report.scrap(), report.rework());
    }

    private static String key(String orderId, int sequence) {
        return orderId + "/" + sequence;
    }

    /** Rows of the same period (same window and shift name) added up, in time order. */
    static List<OeeFigures> addUp(List<OeeFigures> rows) {
        Map<Period, OeeFigures> byPeriod = new LinkedHashMap<>();
        for (OeeFigures row : rows) {
            byPeriod.merge(row.period(), row, OeeFigures::plus);
        }
        return byPeriod.values().stream()
                .sorted(Comparator.comparing((OeeFigures f) -> f.period().from()).thenComparing(f -> f.period().to())
                        .thenComparing(f -> String.valueOf(f.period().shift())))
                .toList();
    }
}
