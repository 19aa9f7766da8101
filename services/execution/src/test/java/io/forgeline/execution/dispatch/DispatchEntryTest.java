package io.forgeline.execution.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.platform.problem.IllegalTransition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operation's state machine and plan rule, without Quarkus. */
class DispatchEntryTest {

    private static final Instant T0 = Instant.parse("2030-01-01T06:00:00Z");

    private static DispatchEntry queued() {
        return DispatchEntry.queued(UUID.randomUUID(), "MO-000042", "GEARBOX-A", BigDecimal.TEN, "PCE", T0.plusSeconds(86_400), 20,
                "CNC-01", "turn", 30, new BigDecimal("225"), T0);
    }

    private static Quantities good(BigDecimal quantity) {
        return new Quantities(quantity, null, null);
    }

    private static OperationPlan plan(String machine, Instant start, Instant publishedAt) {
        return new OperationPlan(machine, start.minusSeconds(600), start, start.plusSeconds(3600), "S-1", publishedAt);
    }

    @Test
    void an_operation_runs_from_queued_to_done_and_keeps_who_did_it() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        entry.complete(good(new BigDecimal("48")), "ben", T0.plusSeconds(60));

        assertEquals(OperationStatus.DONE, entry.status());
        assertEquals("anna", entry.startedBy());
        assertEquals(T0, entry.startedAt());
        assertEquals("ben", entry.completedBy());
        assertEquals(new BigDecimal("48"), entry.goodQuantity());
        assertEquals("M1", entry.machineCode());
    }

    @Test
    void a_queued_operation_cannot_be_completed() {
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> queued().complete(good(BigDecimal.ONE), "anna", T0));
        assertTrue(refused.getMessage().contains("MO-000042 operation 20 is QUEUED"), refused.getMessage());
    }

    @Test
    void a_done_operation_cannot_start_again() {
        DispatchEntry entry = queued();
        entry.start(null, "anna", T0);
        entry.complete(good(BigDecimal.TEN), "anna", T0);
        assertThrows(IllegalTransition.class, () -> entry.start(null, "anna", T0));
        assertThrows(IllegalTransition.class, () -> entry.complete(good(BigDecimal.TEN), "anna", T0));
    }

    @Test
    void a_running_operation_cannot_start_twice() {
        DispatchEntry entry = queued();
        entry.start(null, "anna", T0);
        assertThrows(IllegalTransition.class, () -> entry.start(null, "ben", T0));
    }

    @Test
    void a_paused_operation_starts_again_but_does_not_complete_before_that_and_keeps_its_first_start() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        entry.pause("BREAK");
        assertThrows(IllegalTransition.class, () -> entry.complete(good(BigDecimal.ONE), "anna", T0));

        entry.start("M1", "ben", T0.plusSeconds(900));
        assertEquals(OperationStatus.RUNNING, entry.status());
        assertEquals("anna", entry.startedBy());
        assertEquals(T0, entry.startedAt());
    }

    @Test
    void a_paused_operation_says_why_until_it_resumes() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        entry.pause("TOOL");
        assertEquals(OperationStatus.PAUSED, entry.status());
        assertEquals("TOOL", entry.pauseReasonCode());
        assertThrows(IllegalTransition.class, () -> entry.pause("BREAK"));

        entry.resume();
        assertEquals(OperationStatus.RUNNING, entry.status());
        assertNull(entry.pauseReasonCode());
        assertEquals("M1", entry.machineCode());
    }

    @Test
    void only_a_paused_operation_resumes() {
        DispatchEntry entry = queued();
        IllegalTransition queued = assertThrows(IllegalTransition.class, entry::resume);
        assertTrue(queued.getMessage().contains("is QUEUED and cannot resume"), queued.getMessage());
        entry.start("M1", "anna", T0);
        assertThrows(IllegalTransition.class, entry::resume);
    }

    @Test
    void partial_reports_and_the_completion_add_up_to_the_operations_totals() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        assertTrue(entry.reported().isEmpty());
        entry.report(new Quantities(new BigDecimal("5"), BigDecimal.ONE, null));
        entry.pause("BREAK");
        entry.report(new Quantities(null, null, new BigDecimal("2")));
        entry.start("M1", "anna", T0);
        entry.complete(new Quantities(new BigDecimal("3.5"), BigDecimal.ONE, null), "ben", T0);

        assertEquals(0, new BigDecimal("8.5").compareTo(entry.goodQuantity()));
        assertEquals(0, new BigDecimal("2").compareTo(entry.scrapQuantity()));
        assertEquals(0, new BigDecimal("2").compareTo(entry.reworkQuantity()));
    }

    @Test
    void a_queued_or_done_operation_takes_no_report() {
        DispatchEntry entry = queued();
        Quantities five = good(new BigDecimal("5"));
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> entry.report(five));
        assertTrue(refused.getMessage().endsWith("cannot report quantities: start it first"), refused.getMessage());
        entry.start("M1", "anna", T0);
        entry.complete(five, "anna", T0);
        assertThrows(IllegalTransition.class, () -> entry.report(five));
        assertEquals(0, BigDecimal.valueOf(5).compareTo(entry.goodQuantity()));
    }

    @Test
    void a_newer_plan_replaces_an_older_one_but_not_the_other_way_round() {
        DispatchEntry entry = queued();
        assertTrue(entry.plan(plan("M1", T0, T0.minusSeconds(60))));
        assertFalse(entry.plan(plan("M2", T0.plusSeconds(3600), T0.minusSeconds(120))));
        assertEquals("M1", entry.machineCode());
        assertEquals(T0, entry.plannedStart());

        assertTrue(entry.plan(plan("M3", T0.plusSeconds(7200), T0)));
        assertEquals("M3", entry.machineCode());
        assertEquals(T0.plusSeconds(7200), entry.plannedStart());
        assertEquals(T0, entry.planPublishedAt());
    }

    @Test
    void a_started_operation_takes_new_times_from_a_plan_but_stays_on_its_machine() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        entry.plan(plan("M2", T0.plusSeconds(60), T0));

        assertEquals("M1", entry.machineCode());
        assertEquals(T0.plusSeconds(60), entry.plannedStart());
    }

    @Test
    void an_operation_started_without_a_machine_takes_the_planned_one() {
        DispatchEntry entry = queued();
        entry.start(null, "anna", T0);
        assertNull(entry.machineCode());
        entry.plan(plan("M2", T0, T0));
        assertEquals("M2", entry.machineCode());
    }

    @Test
    void a_cancelled_operation_leaves_the_list_and_cannot_start_saying_its_order_was_cancelled() {
        DispatchEntry entry = queued();

        assertEquals(java.util.Optional.of(OperationStatus.QUEUED), entry.cancel(T0));

        assertEquals(OperationStatus.CANCELLED, entry.status());
        assertFalse(OperationStatus.OPEN.contains(entry.status()));
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> entry.start(null, "anna", T0));
        assertTrue(refused.getMessage().endsWith("production order MO-000042 was cancelled"), refused.getMessage());
    }

    @Test
    void a_running_operation_is_cancelled_with_its_order_and_keeps_who_started_it() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);

        assertEquals(java.util.Optional.of(OperationStatus.RUNNING), entry.cancel(T0.plusSeconds(60)));

        assertThrows(IllegalTransition.class, () -> entry.complete(good(BigDecimal.ONE), "anna", T0));
        assertEquals("anna", entry.startedBy());
        assertEquals("M1", entry.machineCode());
        assertEquals(T0.plusSeconds(60), entry.cancelledAt());
    }

    @Test
    void a_done_operation_stays_done_when_its_order_is_cancelled() {
        DispatchEntry entry = queued();
        entry.start("M1", "anna", T0);
        entry.complete(good(BigDecimal.TEN), "anna", T0);

        assertEquals(java.util.Optional.empty(), entry.cancel(T0));
        assertEquals(OperationStatus.DONE, entry.status());
    }
}
