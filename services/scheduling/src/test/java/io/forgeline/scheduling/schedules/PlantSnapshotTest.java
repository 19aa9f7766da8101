package io.forgeline.scheduling.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.scheduling.planning.InfeasiblePlant;
import io.forgeline.scheduling.planning.ProductionScheduler;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.ScheduledOperation;
import io.forgeline.scheduling.planning.SolveOptions;
import io.forgeline.scheduling.schedules.PlantFacts.MachineFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationKey;
import io.forgeline.scheduling.schedules.PlantFacts.Option;
import io.forgeline.scheduling.schedules.PlantFacts.OrderFacts;
import io.forgeline.scheduling.schedules.PlantFacts.Progress;
import io.forgeline.scheduling.schedules.WorkingTime.WeeklyWindow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlantSnapshotTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final TimeAxis AXIS = new TimeAxis(MONDAY, MONDAY.plus(Duration.ofDays(28)));

    private static MachineFacts machine(String code, String workCenter) {
        List<WeeklyWindow> shifts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            shifts.add(new WeeklyWindow(d, LocalTime.parse("06:00"), LocalTime.parse("22:00")));
        }
        return new MachineFacts(code, workCenter, code, "UP", WorkingTime.compile(AXIS, ZoneOffset.UTC, shifts, List.of(), List.of()));
    }

    private static OrderFacts order(String number, boolean rush, Instant due, OperationFacts... ops) {
        return new OrderFacts(UUID.randomUUID(), number, "GEARBOX-A", "GEARBOX", new BigDecimal("10"), due, null, null, rush, "RELEASED",
                List.of(ops));
    }

    private static OperationFacts op(int sequence, String workCenter, Option... options) {
        return new OperationFacts(sequence, "step " + sequence, workCenter, 10, new BigDecimal("3"), true, List.of(options));
    }

    private static PlantFacts facts(List<OrderFacts> orders, Map<OperationKey, Progress> progress) {
        return new PlantFacts(AXIS, orders, List.of(machine("L1", "LATHE"), machine("L2", "LATHE"), machine("A1", "ASSEMBLY")),
                List.of(), progress, List.of(), MONDAY.plus(Duration.ofHours(4)));
    }

    @Test
    void an_operation_without_own_machines_may_run_on_every_machine_of_its_work_center_for_setup_plus_run() {
        OrderFacts o = order("MO-1", false, MONDAY.plus(Duration.ofDays(3)), op(10, "LATHE"), op(20, "ASSEMBLY"));
        PlantSnapshot snapshot = PlantSnapshot.of(facts(List.of(o), Map.of()));
        var first = snapshot.plant().orders().get(0).operations().get(0);
        assertEquals(List.of("L1", "L2"), first.options().stream().map(x -> x.machine()).toList());
        assertEquals(10 + 30, first.options().get(0).minutes());
        assertEquals("MO-1/10", first.id());
    }

    @Test
    void a_rush_order_weighs_ten_times_and_an_overdue_order_is_due_now() {
        OrderFacts rush = order("MO-2", true, MONDAY.minus(Duration.ofDays(1)), op(10, "LATHE"));
        PlantSnapshot snapshot = PlantSnapshot.of(facts(List.of(rush), Map.of()));
        assertEquals(10, snapshot.plant().orders().get(0).weight());
        assertEquals(0, snapshot.plant().orders().get(0).dueAt());
    }

    @Test
    void a_completed_operation_is_not_planned_again_and_a_started_one_stays_where_it_started() {
        OrderFacts o = order("MO-3", false, MONDAY.plus(Duration.ofDays(3)), op(10, "LATHE"), op(20, "ASSEMBLY"), op(30, "LATHE"));
        Instant startedAt = MONDAY.plus(Duration.ofHours(7));
        Map<OperationKey, Progress> progress = Map.of(
                new OperationKey(o.id(), 10), new Progress("L2", MONDAY.plus(Duration.ofHours(6)), MONDAY.plus(Duration.ofHours(6).plusMinutes(40))),
                new OperationKey(o.id(), 20), new Progress("A1", startedAt, null));
        PlantSnapshot snapshot = PlantSnapshot.of(facts(List.of(o), progress));
        assertEquals(List.of("MO-3/20", "MO-3/30"), snapshot.plant().orders().get(0).operations().stream().map(x -> x.id()).toList());
        assertEquals(java.util.Set.of("MO-3/20"), snapshot.reschedule().startedOperations());

        Schedule schedule = new ProductionScheduler().solve(snapshot.plant(), SolveOptions.within(Duration.ofSeconds(1))
                .rescheduling(snapshot.reschedule()));
        ScheduledOperation started = schedule.operations().stream().filter(s -> s.operation().equals("MO-3/20")).findFirst().orElseThrow();
        assertEquals("A1", started.machine());
        assertEquals(AXIS.minutes(startedAt), started.start());
        ScheduledOperation next = schedule.operations().stream().filter(s -> s.operation().equals("MO-3/30")).findFirst().orElseThrow();
        assertTrue(next.start() >= started.end());
    }

    @Test
    void promised_material_holds_back_the_first_operation_still_to_do() {
        OrderFacts o = new OrderFacts(UUID.randomUUID(), "MO-5", "GEARBOX-A", "GEARBOX", new BigDecimal("10"),
                MONDAY.plus(Duration.ofDays(5)), null, MONDAY.plus(Duration.ofDays(2)), false, "RELEASED",
                List.of(op(10, "LATHE"), op(20, "ASSEMBLY")));
        PlantSnapshot snapshot = PlantSnapshot.of(facts(List.of(o), Map.of()));
        Schedule schedule = new ProductionScheduler().solve(snapshot.plant(), SolveOptions.within(Duration.ofSeconds(1)));
        assertTrue(schedule.operations().stream().allMatch(s -> s.setupStart() >= AXIS.minutes(MONDAY.plus(Duration.ofDays(2)))));
    }

    @Test
    void an_operation_whose_work_center_has_no_machine_makes_the_plant_infeasible_naming_it() {
        OrderFacts o = order("MO-4", false, MONDAY.plus(Duration.ofDays(3)), op(10, "LATHE"), op(20, "PAINT"));
        PlantSnapshot snapshot = PlantSnapshot.of(facts(List.of(o), Map.of()));
        InfeasiblePlant refused = assertThrows(InfeasiblePlant.class,
                () -> new ProductionScheduler().start(snapshot.plant(), SolveOptions.within(Duration.ofSeconds(1)), null));
        assertEquals("MO-4/20", refused.operation());
    }
}
