package io.forgeline.scheduling.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProductionSchedulerTest {
    // Fisher & Thompson 6x6; its optimal makespan is 55
    private static final String FT06 = """
            6 6
            2  1  0  3  1  6  3  7  5  3  4  6
            1  8  2  5  4 10  5 10  0 10  3  4
            2  5  3  4  5  8  0  9  1  1  4  7
            1  5  0  5  2  5  3  3  4  8  5  9
            2  9  1  3  4  5  5  4  0  3  3  1
            1  3  3  3  5  9  0 10  4  4  2  1
            """;

    private final ProductionScheduler scheduler = new ProductionScheduler();

    private static Map<String, ScheduledOperation> byOperation(Schedule s) {
        return s.operations().stream().collect(Collectors.toMap(ScheduledOperation::operation, Function.identity()));
    }

    @Test
    void ft06_reaches_its_optimal_makespan_of_55_within_five_seconds() {
        Plant plant = JobShopFormat.parseJobShop(FT06);

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(5)));

        assertEquals(55, schedule.makespan());
        assertEquals(List.of(), ScheduleVerifier.verify(plant, schedule));
    }

    @Test
    void operations_of_an_order_follow_each_other_and_never_share_a_machine() {
        Plant plant = JobShopFormat.parseFlexible("3 2\n2 2 1 5 2 7 1 1 4\n2 1 2 6 2 1 3 2 3\n1 2 1 2 2 2\n");

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1)));

        assertEquals(List.of(), ScheduleVerifier.verify(plant, schedule));
        assertEquals(plant.operationCount(), schedule.operations().size());
        assertTrue(schedule.objectives().feasible());
    }

    @Test
    void an_operation_that_may_not_pause_waits_for_a_shift_long_enough_and_nothing_runs_at_night() {
        // 06:00-10:00 and 10:30-14:00 each day; a 300-minute run fits into neither, so it must be allowed to pause
        ShiftCalendar cal = ShiftCalendar.repeating(1440, List.of(new ShiftCalendar.Window(360, 600), new ShiftCalendar.Window(630, 840)));
        Plant plant = new Plant(List.of(new Machine("CNC-01", cal)), List.of(
                Order.of("MO-1", List.of(new Operation("MO-1-10", List.of(new MachineOption("CNC-01", 200)), null, 0, false))),
                Order.of("MO-2", List.of(new Operation("MO-2-10", List.of(new MachineOption("CNC-01", 300)), null, 0, true)))));

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1)));

        assertEquals(List.of(), ScheduleVerifier.verify(plant, schedule));
        ScheduledOperation rigid = byOperation(schedule).get("MO-1-10");
        assertTrue(cal.isUninterrupted(rigid.setupStart(), rigid.end()), rigid.toString());
        ScheduledOperation pausing = byOperation(schedule).get("MO-2-10");
        assertEquals(300, cal.workBetween(pausing.start(), pausing.end()));
    }

    @Test
    void sequence_dependent_setups_are_planned_and_the_solver_groups_families_to_save_them() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String family = i % 2 == 0 ? "steel" : "brass";
            orders.add(Order.of("MO-" + i, List.of(new Operation("MO-" + i + "-10", List.of(new MachineOption("LATHE", 10)), family, 0, true))));
        }
        SetupMatrix setups = SetupMatrix.none().changeover("steel", "brass", 30).changeover("brass", "steel", 30);
        Plant plant = new Plant(List.of(Machine.alwaysOpen("LATHE")), orders, setups);

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(2)));

        assertEquals(List.of(), ScheduleVerifier.verify(plant, schedule));
        assertEquals(30, schedule.objectives().setupMinutes());
        assertEquals(90, schedule.makespan());
    }

    @Test
    void nothing_starts_before_release_or_material_and_tardiness_comes_before_makespan() {
        Plant plant = new Plant(List.of(Machine.alwaysOpen("M1")), List.of(
                new Order("MO-late-material", 0, 1000, 1, List.of(new Operation("L-10", List.of(new MachineOption("M1", 10)), null, 50, true))),
                new Order("MO-urgent", 5, 30, 5, List.of(Operation.on("U-10", "M1", 20))),
                new Order("MO-relaxed", 0, 500, 1, List.of(Operation.on("R-10", "M1", 20)))));

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1)));

        assertEquals(List.of(), ScheduleVerifier.verify(plant, schedule));
        Map<String, ScheduledOperation> ops = byOperation(schedule);
        assertTrue(ops.get("L-10").start() >= 50);
        assertEquals(5, ops.get("U-10").start());
        assertEquals(0, schedule.objectives().weightedTardiness());
    }

    @Test
    void an_operation_no_machine_can_do_is_reported_with_its_order_and_never_scheduled_partially() {
        Plant plant = new Plant(List.of(Machine.alwaysOpen("M1")), List.of(
                Order.of("MO-7", List.of(Operation.on("MO-7-10", "M1", 10),
                        new Operation("MO-7-20", List.of(), null, 0, true)))));

        InfeasiblePlant refused = assertThrows(InfeasiblePlant.class,
                () -> scheduler.start(plant, SolveOptions.within(Duration.ofSeconds(1)), null));

        assertEquals("MO-7-20", refused.operation());
        assertEquals("operation MO-7-20 of production order MO-7 cannot be scheduled: no machine can do it", refused.getMessage());
    }

    @Test
    void an_operation_too_long_for_any_shift_without_a_break_is_infeasible_too() {
        ShiftCalendar cal = ShiftCalendar.repeating(1440, List.of(new ShiftCalendar.Window(360, 600)));
        Plant plant = new Plant(List.of(new Machine("M1", cal)),
                List.of(Order.of("MO-8", List.of(new Operation("MO-8-10", List.of(new MachineOption("M1", 300)), null, 0, false)))));

        InfeasiblePlant refused = assertThrows(InfeasiblePlant.class, () -> scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1))));

        assertEquals("MO-8-10", refused.operation());
    }

    @Test
    void rescheduling_keeps_started_operations_where_they_are_and_moves_nothing_else_into_the_past() {
        Plant plant = JobShopFormat.parseJobShop(FT06);
        Schedule first = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1)));
        List<ScheduledOperation> startedByTen = first.operations().stream().filter(o -> o.start() <= 10).toList();
        Set<String> started = startedByTen.stream().map(ScheduledOperation::operation).collect(Collectors.toSet());
        // a rush order arrives at minute 10
        List<Order> orders = new ArrayList<>(plant.orders());
        orders.add(new Order("RUSH", 10, 40, 10, List.of(Operation.on("RUSH-10", "M0", 8), Operation.on("RUSH-20", "M1", 8))));
        Plant changed = new Plant(plant.machines(), orders);

        Schedule again = scheduler.solve(changed, SolveOptions.within(Duration.ofSeconds(2))
                .rescheduling(new Reschedule(first, started, 10, 30)));

        assertEquals(List.of(), ScheduleVerifier.verify(changed, again));
        Map<String, ScheduledOperation> now = byOperation(again);
        for (ScheduledOperation before : startedByTen) {
            ScheduledOperation after = now.get(before.operation());
            assertEquals(before.machine(), after.machine());
            assertEquals(before.start(), after.start());
            assertEquals(before.end(), after.end());
        }
        again.operations().stream().filter(o -> !started.contains(o.operation()))
                .forEach(o -> assertTrue(o.start() >= 10, o + " starts before now"));
    }

    @Test
    void a_started_operation_stays_first_on_its_machine_even_when_a_rush_order_would_gain_by_going_before_it() {
        // a long operation started at minute 0; a rush order due at 20 would be far less late in front of it
        Plant plant = new Plant(List.of(new Machine("M0", ShiftCalendar.alwaysOpen())), List.of(
                new Order("MO-A", 0, 10_000, 1, List.of(Operation.on("MO-A/10", "M0", 500))),
                new Order("MO-R", 0, 20, 10, List.of(Operation.on("MO-R/10", "M0", 5)))));
        Schedule previous = new Schedule(List.of(new ScheduledOperation("MO-A", 0, "MO-A/10", 0, "M0", 0, 0, 500)), null);

        Schedule schedule = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1))
                .rescheduling(new Reschedule(previous, Set.of("MO-A/10"), 1, 0)));

        Map<String, ScheduledOperation> planned = byOperation(schedule);
        assertEquals(0, planned.get("MO-A/10").start());
        assertEquals(500, planned.get("MO-R/10").start());
    }

    @Test
    void the_frozen_horizon_makes_the_solver_keep_operations_that_were_about_to_start() {
        Plant plant = new Plant(List.of(Machine.alwaysOpen("M1")), List.of(
                new Order("A", 0, Long.MAX_VALUE, 1, List.of(Operation.on("A-10", "M1", 10))),
                new Order("B", 0, 25, 1, List.of(Operation.on("B-10", "M1", 10)))));
        Schedule previous = new Schedule(List.of(new ScheduledOperation("A", 0, "A-10", 0, "M1", 0, 0, 10),
                new ScheduledOperation("B", 1, "B-10", 0, "M1", 10, 10, 20)), new Objectives(0, 0, 0, 20, 0));

        Schedule kept = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1))
                .rescheduling(new Reschedule(previous, Set.of(), 10, 5)));
        Schedule free = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1))
                .rescheduling(new Reschedule(previous, Set.of(), 10, 0)));

        // A was due to start inside the frozen horizon: it keeps its place although B is late for it
        assertEquals(10, byOperation(kept).get("A-10").start());
        assertEquals(5, kept.objectives().weightedTardiness());
        // without a frozen horizon the late order B goes first
        assertEquals(10, byOperation(free).get("B-10").start());
        assertEquals(0, free.objectives().weightedTardiness());
    }

    @Test
    void when_a_machine_goes_down_its_waiting_work_moves_to_another_eligible_machine_or_after_the_repair() {
        List<MachineOption> either = List.of(new MachineOption("CNC-01", 30), new MachineOption("CNC-02", 45));
        List<Order> orders = List.of(
                Order.of("MO-1", List.of(new Operation("MO-1-10", either, null, 0, true))),
                Order.of("MO-2", List.of(new Operation("MO-2-10", either, null, 0, true))),
                Order.of("MO-3", List.of(Operation.on("MO-3-10", "CNC-01", 20))));
        Plant plant = new Plant(List.of(Machine.alwaysOpen("CNC-01"), Machine.alwaysOpen("CNC-02")), orders);
        Schedule before = scheduler.solve(plant, SolveOptions.within(Duration.ofSeconds(1)));
        // CNC-01 breaks down at minute 0 until minute 500
        Plant broken = new Plant(List.of(new Machine("CNC-01", ShiftCalendar.alwaysOpen()
                .withClosures(List.of(new ShiftCalendar.Window(0, 500)))), Machine.alwaysOpen("CNC-02")), orders);

        Schedule after = scheduler.solve(broken, SolveOptions.within(Duration.ofSeconds(1))
                .rescheduling(new Reschedule(before, Set.of(), 0, 0)));

        assertEquals(List.of(), ScheduleVerifier.verify(broken, after));
        Map<String, ScheduledOperation> ops = byOperation(after);
        assertEquals("CNC-02", ops.get("MO-1-10").machine());
        assertEquals("CNC-02", ops.get("MO-2-10").machine());
        assertEquals(500, ops.get("MO-3-10").start());
    }

    @Test
    void a_solve_can_be_stopped_early_and_still_has_its_best_schedule_and_progress() throws Exception {
        Plant plant = JobShopFormat.parseJobShop(FT06);
        List<Progress> heard = new CopyOnWriteArrayList<>();

        PlanningRun run = scheduler.start(plant, SolveOptions.within(Duration.ofMinutes(10)), heard::add);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (run.best() == null && System.nanoTime() < deadline) Thread.sleep(20);
        run.stop();
        Schedule result = run.result().get(20, TimeUnit.SECONDS);

        assertNotNull(run.best());
        assertFalse(run.isSolving());
        assertFalse(heard.isEmpty());
        assertEquals(run.progress().get(run.progress().size() - 1).objectives().makespan(), result.makespan());
        assertEquals(List.of(), ScheduleVerifier.verify(plant, result));
    }
}
