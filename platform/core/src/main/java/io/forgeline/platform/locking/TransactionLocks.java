package io.forgeline.platform.locking;

import io.forgeline.platform.steps.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Collection;

/**
 * Serializes transactions that touch the same business key when no row exists yet to lock (two consumers on two
 * topics about one order: each could otherwise miss the other's uncommitted rows). A PostgreSQL
 * transaction-scoped advisory lock per key: held until commit or rollback, no table of locks to clean up.
 * Call inside a transaction.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Locks the keys in a fixed order, so two transactions that lock several never deadlock. */
    public static Uni<Void> lock(Collection<String> keys) {
        return InTurn.each(keys.stream().sorted().distinct().toList(), TransactionLocks::lock);
    }

    /** @param key a business key with its kind, e.g. {@code production-order:MO-000042} */
    public static Uni<Void> lock(String key) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))", Integer.class)
                        .setParameter(1, key)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
