package io.forgeline.scheduling.schedules;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.masterdata.PlantMaster;
import io.forgeline.scheduling.orders.ProductionOrder;
import io.forgeline.scheduling.orders.ProductionOrders;
import io.forgeline.scheduling.schedules.PlantFacts.OperationKey;
import io.forgeline.scheduling.schedules.PlantFacts.Planned;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Schedules as the planner handles them: request a solve or a what-if, stop it, publish it. Automatic
 * reschedules (machine down or up, rush order) are requested inside their cause's transaction and publish
 * themselves. The solving itself is {@link SolveQueue}'s.
 */
@ApplicationScoped
public class ScheduleService {

    static final Actor SCHEDULER = new Actor("scheduling", "scheduling", Set.of(), Optional.empty());

    private final ProductionOrders orders;
    private final PlantMaster plant;
    private final Outbox outbox;
    private final SolveSignals signals;
    private final Clock clock;
    private final int rescheduleSeconds;

    ScheduleService(ProductionOrders orders, PlantMaster plant, Outbox outbox, SolveSignals signals, Clock clock,
            @ConfigProperty(name = "forgeline.scheduling.reschedule-time-limit", defaultValue = "3") int rescheduleSeconds) {
        this.orders = orders;
        this.plant = plant;
        this.outbox = outbox;
        this.signals = signals;
        this.clock = clock;
        this.rescheduleSeconds = rescheduleSeconds;
    }

    /**
     * Stops a solve whichever replica runs it: the wish is kept in the schedule's row (a replica that claims it
     * later, or renews its lease, finds it there) and signalled to every replica at once.
     */
    public Uni<ProductionSchedule> requestStop(UUID id) {
        return Panache.withTransaction(() -> ProductionSchedule.requestStop(id)
                        .chain(() -> ProductionSchedule.<ProductionSchedule>findById(id)
                                .onItem().ifNull().failWith(() -> new NotFound("schedule", id))))
                // without the signal the solving replica still finds the wish when it renews its lease
                .call(schedule -> schedule.stopRequested() ? signals.stop(id).onFailure().recoverWithNull() : Uni.createFrom().voidItem());
    }

    public Uni<ProductionSchedule> requestSolve(StartSolve command, Actor actor) {
        return Panache.withTransaction(() -> {
            ProductionSchedule s = ProductionSchedule.requested(ScheduleKind.SOLVE, command.timeLimitSeconds(), command.seed(),
                    command.publish(), actor.name(), clock.instant());
            return s.persist();
        });
    }

    public Uni<ProductionSchedule> requestMachineDown(SimulateMachineDown command, Actor actor) {
        Instant now = clock.instant();
        Instant from = command.from() == null || command.from().isBefore(now) ? now : command.from();
        if (command.until() != null && !command.until().isAfter(from)) {
            throw new RuleViolation("until", "the machine must be back after it goes down (" + from + ")");
        }
        return Panache.withTransaction(() -> plant.machine(command.machineCode().trim())
                .onItem().ifNull().failWith(() -> new RuleViolation("machineCode", "machine " + command.machineCode() + " does not exist"))
                .flatMap(machine -> ProductionSchedule.requested(ScheduleKind.SIMULATION, command.timeLimitSeconds(), 0,
                                false, actor.name(), now)
                        .simulating(machine.code, from, command.until()).persist()));
    }

    /**
     * In the caller's transaction: reschedule and publish, if something is published to reschedule. A request
     * already waiting covers this one too (it will read the plant as it is when it starts).
     */
    public Uni<Void> requestReschedule(ScheduleKind kind, String reason) {
        return ProductionSchedule.count("status", ScheduleStatus.PUBLISHED).flatMap(published -> published == 0
                ? Uni.createFrom().voidItem()
                : ProductionSchedule.count("status = ?1 and publishWhenSolved = true", ScheduleStatus.REQUESTED)
                        .flatMap(waiting -> waiting > 0 ? Uni.createFrom().voidItem()
                                : ProductionSchedule.requested(kind, rescheduleSeconds, 0, true, reason, clock.instant())
                                        .persist().replaceWithVoid()));
    }

    public Uni<ProductionSchedule> find(UUID id) {
        return Panache.withSession(() -> ProductionSchedule.<ProductionSchedule>findById(id))
                .onItem().ifNull().failWith(() -> new NotFound("schedule", id));
    }

    public Uni<ProductionSchedule> current() {
        return Panache.withSession(() -> ProductionSchedule.<ProductionSchedule>find("status", ScheduleStatus.PUBLISHED).firstResult())
                .onItem().ifNull().failWith(() -> new NotFound("published schedule", "current"));
    }

    public Uni<List<ProductionSchedule>> recent(int limit) {
        return Panache.withSession(() -> ProductionSchedule.<ProductionSchedule>findAll(Sort.descending("createdAt"))
                .page(0, limit).list());
    }

    public Uni<ProductionSchedule> publish(UUID id, Actor actor) {
        return Panache.withTransaction(() -> ProductionSchedule.<ProductionSchedule>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("schedule", id))
                .call(schedule -> publishInTransaction(schedule, actor)));
    }

    /** The published schedule's operations by order operation: what a reschedule should stay close to. */
    Uni<Map<OperationKey, Planned>> publishedPlan() {
        return ProductionSchedule.<ProductionSchedule>find("status", ScheduleStatus.PUBLISHED).firstResult()
                .flatMap(published -> published == null ? Uni.createFrom().item(Map.<OperationKey, Planned>of())
                        : lines(published.id()).map(lines -> {
                            Map<OperationKey, Planned> plan = new HashMap<>();
                            for (ScheduleLine l : lines) {
                                OperationKey key = new OperationKey(l.key.orderId(), l.key.sequence());
                                plan.put(key, new Planned(key, l.machineCode, l.setupStart, l.start, l.end));
                            }
                            return plan;
                        }));
    }

    static Uni<List<ScheduleLine>> lines(UUID scheduleId) {
        return ScheduleLine.<ScheduleLine>list("key.scheduleId = ?1 order by start", scheduleId);
    }

    /**
     * The previous published schedule is superseded, this one published, its released orders become SCHEDULED,
     * and every machine gets its plan as an event — all in one transaction.
     */
    Uni<Void> publishInTransaction(ProductionSchedule schedule, Actor actor) {
        Instant now = clock.instant();
        return ProductionSchedule.<ProductionSchedule>list("status = ?1 and id <> ?2", ScheduleStatus.PUBLISHED, schedule.id())
                .call(previous -> {
                    previous.forEach(ProductionSchedule::superseded);
                    // the one-published-schedule index must see the old one go before the new one arrives
                    return Panache.getSession().flatMap(session -> session.flush());
                })
                .invoke(() -> schedule.published(now))
                .flatMap(ignored -> lines(schedule.id()))
                .flatMap(lines -> {
                    List<UUID> orderIds = lines.stream().map(l -> l.key.orderId()).distinct().toList();
                    return orders.scheduled(orderIds, actor)
                            .flatMap(ignored -> orders.byIds(orderIds))
                            .flatMap(planned -> plant.machines().flatMap(machines -> announce(schedule, now, lines, planned, machines)));
                });
    }

    private Uni<Void> announce(ProductionSchedule schedule, Instant now, List<ScheduleLine> lines, List<ProductionOrder> planned,
            List<Machine> machines) {
        Map<UUID, ProductionOrder> orderById = planned.stream().collect(Collectors.toMap(ProductionOrder::id, Function.identity()));
        Map<String, List<ScheduleLine>> byMachine = lines.stream().collect(Collectors.groupingBy(l -> l.machineCode));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Machine machine : machines) {
            List<ScheduleLine> own = byMachine.getOrDefault(machine.code, List.of()).stream()
                    .sorted(Comparator.comparing(l -> l.start)).toList();
            chain = chain.call(() -> outbox.append(ScheduleEvents.TOPIC, machine.code, ScheduleEvents.PUBLISHED,
                    ScheduleEvents.published(schedule, now, machine, own, orderById)));
        }
        return chain;
    }
}
