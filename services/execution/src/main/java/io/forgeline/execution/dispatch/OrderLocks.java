package io.forgeline.execution.dispatch;

import io.forgeline.platform.locking.TransactionLocks;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.UUID;

/**
 * Serializes the consumers that touch one order: the released order, its cancellation and a schedule for it
 * arrive on different topics, and without a lock each could miss the other's uncommitted rows (the plan would be
 * parked as pending after the order's consumer had already looked for pending plans).
 */
final class OrderLocks {

    private OrderLocks() {
    }

    /** Locks the orders in a fixed order, so two transactions that lock several never deadlock. */
    static Uni<Void> lock(Collection<UUID> orderIds) {
        return TransactionLocks.lock(orderIds.stream().map(UUID::toString).toList());
    }

    static Uni<Void> lock(UUID orderId) {
        return TransactionLocks.lock(orderId.toString());
    }
}
