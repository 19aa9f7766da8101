package io.forgeline.scheduling.schedules;

import static io.forgeline.platform.quantity.Decimals.tidy;

import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.PlantMaster;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.forgeline.scheduling.orders.ProductionOrder;
import io.forgeline.scheduling.orders.ProductionOrders;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.schedules.ScheduleView.Closed;
import io.forgeline.scheduling.schedules.ScheduleView.MachineRow;
import io.forgeline.scheduling.schedules.ScheduleView.OperationBar;
import io.forgeline.scheduling.schedules.ScheduleView.OrderRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds {@link ScheduleView}s: stored lines, or, while solving, the best schedule so far; machines with the
 * periods they do not work shaded over the schedule's span.
 */
@ApplicationScoped
public class ScheduleViews {

    private final SolveQueue queue;
    private final ProductionOrders orders;
    private final ItemMaster items;
    private final PlantMaster plant;
    private final PlantLoader loader;
    private final ProgressFeeds feeds;

    ScheduleViews(SolveQueue queue, ProgressFeeds feeds, ProductionOrders orders, ItemMaster items, PlantMaster plant, PlantLoader loader) {
        this.queue = queue;
        this.feeds = feeds;
        this.orders = orders;
        this.items = items;
        this.plant = plant;
        this.loader = loader;
    }

    public Uni<ScheduleView> of(ProductionSchedule schedule) {
        return Panache.withSession(() -> lines(schedule).flatMap(lines -> {
            List<UUID> orderIds = lines.stream().map(l -> l.key.orderId()).distinct().toList();
            return orders.byIds(orderIds).flatMap(planned -> {
                Set<String> codes = planned.stream().map(ProductionOrder::itemCode).collect(Collectors.toSet());
                return items.items(codes).flatMap(itemByCode -> plant.routings(codes).flatMap(routings -> {
                    Instant origin = schedule.origin() != null ? schedule.origin() : schedule.createdAt();
                    Instant end = lines.stream().map(l -> l.end).max(Instant::compareTo).orElse(origin).plus(Duration.ofDays(1));
                    TimeAxis axis = new TimeAxis(origin, end.isAfter(origin.plus(Duration.ofDays(2))) ? end : origin.plus(Duration.ofDays(2)));
                    // solving here: the run's best; solving on another replica: the last progress it reported
                    ScheduleView.Score live = queue.active(schedule.id()).map(a -> a.run().best())
                            .map(best -> ScheduleView.Score.of(best.objectives())).orElseGet(() -> feeds.lastScore(schedule.id()));
                    // a what-if shows its imagined breakdown like a real one
                    List<WorkingTime.Span> simulated = schedule.simulatedMachine() == null ? List.of()
                            : List.of(new WorkingTime.Span(axis.minutes(schedule.simulatedFrom()), schedule.simulatedUntil() == null
                                    ? Long.MAX_VALUE : axis.minutes(schedule.simulatedUntil()), WorkingTime.ClosedKind.BREAKDOWN));
                    return loader.machines(axis, simulated, schedule.simulatedMachine()).map(machines -> view(schedule, axis, lines, planned, itemByCode,
                            routings, machines, live));
                }));
            });
        }));
    }

    private Uni<List<ScheduleLine>> lines(ProductionSchedule schedule) {
        var solving = queue.active(schedule.id());
        if (solving.isPresent()) {
            Schedule best = solving.get().run().best();
            return Uni.createFrom().item(best == null ? List.of() : ScheduleLines.of(schedule.id(), solving.get().snapshot(), best));
        }
        return ScheduleService.lines(schedule.id());
    }

    private static ScheduleView view(ProductionSchedule s, TimeAxis axis, List<ScheduleLine> lines, List<ProductionOrder> planned,
            Map<String, Item> itemByCode, List<RoutingOperation> routings, List<PlantFacts.MachineFacts> machines,
            ScheduleView.Score live) {
        Map<UUID, ProductionOrder> orderById = planned.stream().collect(Collectors.toMap(ProductionOrder::id, Function.identity()));
        Map<String, RoutingOperation> routingByKey = routings.stream()
                .collect(Collectors.toMap(r -> r.key.itemCode() + "/" + r.sequence(), Function.identity()));
        Map<UUID, Instant> plannedEnd = new HashMap<>();
        List<OperationBar> bars = lines.stream().sorted(Comparator.comparing((ScheduleLine l) -> l.machineCode).thenComparing(l -> l.start))
                .map(l -> {
                    ProductionOrder o = orderById.get(l.key.orderId());
                    plannedEnd.merge(l.key.orderId(), l.end, (a, b) -> a.isAfter(b) ? a : b);
                    Item item = o == null ? null : itemByCode.get(o.itemCode());
                    RoutingOperation r = o == null ? null : routingByKey.get(o.itemCode() + "/" + l.key.sequence());
                    return new OperationBar(l.key.orderId(), o == null ? null : o.number(), o == null ? null : o.itemCode(),
                            item == null ? null : item.productFamily, l.key.sequence(), r == null ? null : r.description,
                            l.machineCode, l.setupStart, l.start, l.end, o == null ? null : o.dueDate(), false, l.pinned);
                }).toList();
        // an order is late when its last operation ends after its due date: all its bars carry the mark
        List<OperationBar> marked = bars.stream().map(b -> {
            Instant end = plannedEnd.get(b.orderId());
            boolean late = b.dueDate() != null && end != null && end.isAfter(b.dueDate());
            return late ? new OperationBar(b.orderId(), b.orderNumber(), b.itemCode(), b.productFamily(), b.sequence(),
                    b.description(), b.machineCode(), b.setupStart(), b.start(), b.end(), b.dueDate(), true, b.pinned()) : b;
        }).toList();
        List<OrderRow> orderRows = planned.stream().sorted(Comparator.comparing(ProductionOrder::dueDate).thenComparing(ProductionOrder::number))
                .map(o -> {
                    Instant end = plannedEnd.get(o.id());
                    return new OrderRow(o.id(), o.number(), o.itemCode(), tidy(o.quantity()), o.unit(), o.status().name(), o.dueDate(), o.priority(),
                            end, end != null && end.isAfter(o.dueDate()));
                }).toList();
        List<MachineRow> machineRows = machines.stream().map(m -> new MachineRow(m.code(), m.workCenterCode(), m.name(), m.status(),
                m.workingTime().closed().stream()
                        .map(c -> new Closed(axis.instant(c.from()), axis.instant(Math.min(c.to(), axis.horizonMinutes())), c.kind().name()))
                        .toList())).toList();
        ScheduleView.Score score = s.brokenRules() == null ? live : ScheduleView.Score.of(s);
        return new ScheduleView(s.id(), s.status(), s.kind(), s.createdAt(), s.createdBy(), s.origin(), axis.horizonEnd(), s.timeLimitSeconds(),
                s.publishedAt(), score, ScheduleView.Problem.of(s), ScheduleView.Simulation.of(s), machineRows, marked, orderRows, s.solver());
    }

}
