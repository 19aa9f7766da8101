package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order's routing runs in sequence, with overlap: an operation may start once the one before it has
 * started (its first pieces move on) — not while that one is still queued.
 */
final class Precedence {

    private Precedence() {
    }

    /** The operation right before {@code sequence} if it has not started yet; empty when nothing holds it back. */
    static Optional<DispatchEntry> blocking(List<DispatchEntry> operationsOfOrder, int sequence) {
        return operationsOfOrder.stream()
                .filter(e -> e.operationSequence() < sequence)
                .max(Comparator.comparingInt(DispatchEntry::operationSequence))
                .filter(previous -> !previous.status().hasStarted());
    }

    /** Whether every operation of the order is done: the order is complete on the shop floor. */
    static boolean allDone(List<DispatchEntry> operationsOfOrder) {
        return operationsOfOrder.stream().allMatch(e -> e.status() == io.forgeline.execution.dispatch.OperationStatus.DONE);
    }
}
