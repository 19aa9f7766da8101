package io.forgeline.scheduling.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleVerifierTest {
    // order A: A-10 on M1 (10 min) then A-20 on M2 (5 min); order B: B-10 on M1 or M2 (8 / 9 min)
    private final Plant plant = new Plant(List.of(Machine.alwaysOpen("M1"), Machine.alwaysOpen("M2")), List.of(
            Order.of("A", List.of(Operation.on("A-10", "M1", 10), Operation.on("A-20", "M2", 5))),
            Order.of("B", List.of(new Operation("B-10", List.of(new MachineOption("M1", 8), new MachineOption("M2", 9)), null, 0, true)))));

    private static ScheduledOperation op(String order, String id, int pos, String machine, long start, long end) {
        return new ScheduledOperation(order, order.equals("A") ? 0 : 1, id, pos, machine, start, start, end);
    }

    private final List<ScheduledOperation> good = List.of(
            op("A", "A-10", 0, "M1", 0, 10), op("A", "A-20", 1, "M2", 10, 15), op("B", "B-10", 0, "M2", 0, 9));

    private List<Violation.Kind> kinds(List<ScheduledOperation> ops) {
        return ScheduleVerifier.verify(plant, new Schedule(ops, new Objectives(0, 0, 0, 0, 0))).stream().map(Violation::kind).toList();
    }

    private List<ScheduledOperation> replace(int index, ScheduledOperation with) {
        List<ScheduledOperation> ops = new ArrayList<>(good);
        ops.set(index, with);
        return ops;
    }

    @Test
    void a_correct_schedule_has_no_violations() {
        assertEquals(List.of(), kinds(good));
    }

    @Test
    void two_operations_at_once_on_one_machine_are_an_overlap() {
        assertEquals(List.of(Violation.Kind.OVERLAP), kinds(replace(2, op("B", "B-10", 0, "M2", 8, 17))));
    }

    @Test
    void starting_before_the_previous_operation_of_the_order_ends_breaks_precedence() {
        List<ScheduledOperation> ops = replace(1, op("A", "A-20", 1, "M2", 9, 14));
        ops.set(2, op("B", "B-10", 0, "M2", 14, 23));
        assertEquals(List.of(Violation.Kind.PRECEDENCE), kinds(ops));
    }

    @Test
    void a_machine_the_operation_cannot_use_is_not_eligible() {
        assertEquals(List.of(Violation.Kind.NOT_ELIGIBLE), kinds(replace(1, op("A", "A-20", 1, "M1", 10, 15))));
    }

    @Test
    void a_run_shorter_than_the_machine_specific_duration_is_wrong() {
        assertEquals(List.of(Violation.Kind.WRONG_DURATION), kinds(replace(2, op("B", "B-10", 0, "M2", 0, 8))));
    }

    @Test
    void a_forgotten_operation_is_missing() {
        assertEquals(List.of(Violation.Kind.MISSING), kinds(good.subList(0, 2)));
    }

    @Test
    void running_across_a_break_that_the_routing_forbids_breaks_the_calendar() {
        ShiftCalendar cal = ShiftCalendar.repeating(100, List.of(new ShiftCalendar.Window(0, 50), new ShiftCalendar.Window(60, 100)));
        Plant p = new Plant(List.of(new Machine("M1", cal)),
                List.of(Order.of("A", List.of(new Operation("A-10", List.of(new MachineOption("M1", 20)), null, 0, false)))));
        Schedule s = new Schedule(List.of(new ScheduledOperation("A", 0, "A-10", 0, "M1", 40, 40, 70)), new Objectives(0, 0, 0, 70, 0));

        assertEquals(List.of(Violation.Kind.CALENDAR), ScheduleVerifier.verify(p, s).stream().map(Violation::kind).toList());
    }

    @Test
    void starting_before_material_arrives_is_too_early_and_a_short_setup_is_caught() {
        Plant p = new Plant(List.of(Machine.alwaysOpen("M1")), List.of(
                Order.of("A", List.of(new Operation("A-10", List.of(new MachineOption("M1", 10)), "red", 0, true))),
                Order.of("B", List.of(new Operation("B-10", List.of(new MachineOption("M1", 10)), "blue", 30, true)))),
                SetupMatrix.none().changeover("red", "blue", 15));
        Schedule s = new Schedule(List.of(new ScheduledOperation("A", 0, "A-10", 0, "M1", 0, 0, 10),
                new ScheduledOperation("B", 1, "B-10", 0, "M1", 10, 20, 30)), new Objectives(0, 0, 0, 30, 0));

        assertEquals(List.of(Violation.Kind.TOO_EARLY, Violation.Kind.SETUP),
                ScheduleVerifier.verify(p, s).stream().map(Violation::kind).toList());
    }
}
