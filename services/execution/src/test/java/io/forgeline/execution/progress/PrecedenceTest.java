package io.forgeline.execution.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.Quantities;
import io.forgeline.execution.dispatch.OperationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrecedenceTest {

    private static final Instant T0 = Instant.parse("2030-01-01T06:00:00Z");

    /** An operation brought into {@code status} the way the shop floor would. */
    private static DispatchEntry operation(int sequence, OperationStatus status) {
        DispatchEntry entry = DispatchEntry.queued(UUID.randomUUID(), "MO-000042", "GEARBOX-A", BigDecimal.TEN, "PCE", T0.plusSeconds(86_400),
                sequence, "CNC-01", "step", 30, new BigDecimal("225"), T0);
        if (status != OperationStatus.QUEUED) {
            entry.start("M1", "anna", T0);
        }
        switch (status) {
            case PAUSED -> entry.pause("BREAK");
            case DONE -> entry.complete(new Quantities(BigDecimal.TEN, null, null), "anna", T0);
            default -> { }
        }
        assertEquals(status, entry.status());
        return entry;
    }

    @Test
    void the_first_operation_is_never_held_back() {
        assertEquals(Optional.empty(), Precedence.blocking(List.of(operation(10, OperationStatus.QUEUED),
                operation(20, OperationStatus.QUEUED)), 10));
    }

    @Test
    void an_operation_waits_for_the_one_right_before_it_not_for_earlier_ones() {
        DispatchEntry previous = operation(20, OperationStatus.QUEUED);
        List<DispatchEntry> order = List.of(operation(30, OperationStatus.QUEUED), operation(10, OperationStatus.DONE), previous);
        assertEquals(Optional.of(previous), Precedence.blocking(order, 30));
    }

    @Test
    void a_running_done_or_paused_predecessor_lets_the_next_one_start() {
        for (OperationStatus status : List.of(OperationStatus.RUNNING, OperationStatus.DONE, OperationStatus.PAUSED)) {
            assertEquals(Optional.empty(), Precedence.blocking(List.of(operation(10, status), operation(20, OperationStatus.QUEUED)), 20));
        }
    }

    @Test
    void routing_gaps_do_not_matter() {
        assertEquals(Optional.empty(), Precedence.blocking(List.of(operation(10, OperationStatus.RUNNING), operation(50, OperationStatus.QUEUED)), 50));
    }

    @Test
    void an_order_is_complete_when_every_operation_is_done() {
        assertTrue(Precedence.allDone(List.of(operation(10, OperationStatus.DONE), operation(20, OperationStatus.DONE))));
        assertFalse(Precedence.allDone(List.of(operation(10, OperationStatus.DONE), operation(20, OperationStatus.RUNNING))));
    }
}
