package io.forgeline.execution.dispatch;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.UUID;

/**
 * Serializes the two consumers that touch one order: the released order and a schedule for it arrive on
 * different topics, and without a lock each could miss the other's uncommitted rows (the plan would be
 * parked as pending after the order's consumer had already looked for pending plans). A transaction-scoped
 * advisory lock per order id: held until commit, no table of locks to clean up.
 */
final class OrderLocks {

    private OrderLocks() {
    }

    /** Locks the orders in a fixed order, so two transactions that lock several never deadlock. */
    static Uni<Void> lock(Collection<UUID> orderIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID orderId : orderIds.stream().sorted().distinct().toList()) {
            chain = chain.call(() -> lock(orderId));
        }
        return chain;
    }

    static Uni<Void> lock(UUID orderId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))", Integer.class)
                        .setParameter(1, orderId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }
}
