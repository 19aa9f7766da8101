package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.masterdata.Calendar;
import io.forgeline.scheduling.masterdata.CalendarBreak;
import io.forgeline.scheduling.masterdata.CalendarShift;
import io.forgeline.scheduling.masterdata.Closure;
import io.forgeline.scheduling.masterdata.EligibleMachine;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.PlantMaster;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.forgeline.scheduling.orders.ProductionOrder;
import io.forgeline.scheduling.orders.ProductionOrders;
import io.forgeline.scheduling.schedules.PlantFacts.Changeover;
import io.forgeline.scheduling.schedules.PlantFacts.MachineFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationKey;
import io.forgeline.scheduling.schedules.PlantFacts.Option;
import io.forgeline.scheduling.schedules.PlantFacts.OrderFacts;
import io.forgeline.scheduling.schedules.PlantFacts.Planned;
import io.forgeline.scheduling.schedules.PlantFacts.Progress;
import io.forgeline.scheduling.schedules.WorkingTime.ClosedKind;
import io.forgeline.scheduling.schedules.WorkingTime.Span;
import io.forgeline.scheduling.schedules.WorkingTime.WeeklyWindow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads everything a solve needs in one session, one statement at a time, into {@link PlantFacts}. Runs inside
 * the caller's session.
 */
@ApplicationScoped
public class PlantLoader {

    /** Calendars are laid out exactly at least this far; further when due dates lie further out. */
    private static final Duration MIN_HORIZON = Duration.ofDays(56);
    private static final Duration MAX_HORIZON = Duration.ofDays(366);

    private final ProductionOrders orders;
    private final ItemMaster items;
    private final PlantMaster plant;
    private final Duration frozenHorizon;

    PlantLoader(ProductionOrders orders, ItemMaster items, PlantMaster plant,
            @ConfigProperty(name = "forgeline.scheduling.frozen-horizon", defaultValue = "PT4H") Duration frozenHorizon) {
        this.orders = orders;
        this.items = items;
        this.plant = plant;
        this.frozenHorizon = frozenHorizon;
    }

    /** The machines with their working time over the axis: for the Gantt's shading and for solving. */
    public Uni<List<MachineFacts>> machines(TimeAxis axis, List<Span> extraClosures, String closedMachine) {
        return plant.machines().flatMap(machines -> plant.calendars().flatMap(calendars -> plant.shifts()
                .flatMap(shifts -> plant.breaks().flatMap(breaks -> plant.closuresAfter(axis.origin())
                        .map(closures -> compile(axis, machines, calendars, shifts, breaks, closures, extraClosures, closedMachine))))));
    }

    public Uni<PlantFacts> load(TimeAxis proposed, Instant now, List<Span> extraClosures, String closedMachine,
            Map<OperationKey, Planned> previous) {
        return orders.plannable().flatMap(open -> {
            TimeAxis axis = widen(proposed, open);
            Set<String> codes = open.stream().map(ProductionOrder::itemCode).collect(Collectors.toSet());
            List<UUID> ids = open.stream().map(ProductionOrder::id).toList();
            return items.items(codes).flatMap(itemByCode -> plant.routings(codes).flatMap(routings -> plant.eligibleMachines(codes)
                    .flatMap(eligible -> orders.progress(ids).flatMap(progress -> plant.changeovers()
                            .flatMap(changeovers -> machines(axis, extraClosures, closedMachine).map(machines -> {
                                Map<String, List<RoutingOperation>> routingOf = routings.stream()
                                        .collect(Collectors.groupingBy(r -> r.key.itemCode()));
                                Map<String, List<EligibleMachine>> optionsOf = eligible.stream()
                                        .collect(Collectors.groupingBy(e -> e.key.itemCode() + "/" + e.key.sequence()));
                                List<OrderFacts> orderFacts = new ArrayList<>();
                                for (ProductionOrder o : open) {
                                    var item = itemByCode.get(o.itemCode());
                                    List<OperationFacts> ops = routingOf.getOrDefault(o.itemCode(), List.of()).stream()
                                            .map(r -> new OperationFacts(r.sequence(), r.description, r.workCenterCode, r.setupMinutes,
                                                    r.runMinutesPerUnit, r.mayPauseAtBreaks,
                                                    optionsOf.getOrDefault(o.itemCode() + "/" + r.sequence(), List.of()).stream()
                                                            .map(e -> new Option(e.machineCode(), e.setupMinutes, e.runMinutesPerUnit))
                                                            .toList()))
                                            .toList();
                                    if (ops.isEmpty()) {
                                        continue; // a routing removed after release: nothing the scheduler could place
                                    }
                                    orderFacts.add(new OrderFacts(o.id(), o.number(), o.itemCode(), item == null ? null : item.productFamily,
                                            o.quantity(), o.dueDate(), o.releaseAt(), o.materialReadyAt(), o.isRush(), o.status().name(), ops));
                                }
                                Map<OperationKey, Progress> progressByKey = new HashMap<>();
                                progress.forEach(p -> progressByKey.put(new OperationKey(p.key.orderId(), p.key.sequence()),
                                        new Progress(p.machineCode, p.startedAt, p.completedAt)));
                                return new PlantFacts(axis, orderFacts, machines,
                                        changeovers.stream().map(c -> new Changeover(c.key.fromFamily(), c.key.toFamily(), c.minutes)).toList(),
                                        progressByKey, List.copyOf(previous.values()), now.plus(frozenHorizon));
                            }))))));
        });
    }

    private static TimeAxis widen(TimeAxis axis, List<ProductionOrder> open) {
        Instant latestDue = open.stream().map(ProductionOrder::dueDate).max(Instant::compareTo).orElse(axis.origin());
        Instant end = axis.horizonEnd();
        Instant wanted = latestDue.plus(Duration.ofDays(14));
        if (wanted.isAfter(end)) {
            end = wanted;
        }
        Instant cap = axis.origin().plus(MAX_HORIZON);
        return new TimeAxis(axis.origin(), end.isAfter(cap) ? cap : end);
    }

    static TimeAxis axisFrom(Instant origin) {
        return new TimeAxis(origin, origin.plus(MIN_HORIZON));
    }

    private static List<MachineFacts> compile(TimeAxis axis, List<Machine> machines, List<Calendar> calendars,
            List<CalendarShift> shifts, List<CalendarBreak> breaks, List<Closure> closures, List<Span> extra, String closedMachine) {
        Map<String, Calendar> calendarByCode = calendars.stream().collect(Collectors.toMap(c -> c.code, c -> c));
        List<MachineFacts> out = new ArrayList<>();
        for (Machine m : machines) {
            Calendar calendar = calendarByCode.get(m.calendarCode);
            List<WeeklyWindow> ownShifts = shifts.stream().filter(s -> s.key.calendarCode().equals(m.calendarCode))
                    .map(s -> new WeeklyWindow(s.key.day(), s.key.startsAt(), s.endsAt)).toList();
            List<WeeklyWindow> ownBreaks = breaks.stream().filter(b -> b.key.calendarCode().equals(m.calendarCode))
                    .map(b -> new WeeklyWindow(b.key.day(), b.key.startsAt(), b.endsAt)).toList();
            List<Span> ownClosures = new ArrayList<>();
            for (Closure c : closures) {
                if (m.calendarCode.equals(c.calendarCode) || m.code.equals(c.machineCode)) {
                    ownClosures.add(new Span(axis.minutes(c.startsAt), c.endsAt == null ? Long.MAX_VALUE : axis.minutes(c.endsAt),
                            ClosedKind.valueOf(c.kind.name())));
                }
            }
            if (m.code.equals(closedMachine)) {
                ownClosures.addAll(extra);
            }
            try {
                out.add(new MachineFacts(m.code, m.workCenterCode, m.name, m.status.name(),
                        WorkingTime.compile(axis, ZoneId.of(calendar.timeZone), ownShifts, ownBreaks, ownClosures)));
            } catch (IllegalArgumentException noWorkingTime) {
                // a machine that never works within the horizon cannot take work; its operations go elsewhere
                // or the plant is reported infeasible naming the operation
            }
        }
        return out;
    }
}
