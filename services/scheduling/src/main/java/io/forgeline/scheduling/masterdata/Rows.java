package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Inserts the rows of a list a PUT replaced as a whole, in the caller's transaction. */
public final class Rows {

    private Rows() {
    }

    /** An empty list is a valid replacement (an item without components); Panache refuses to persist none. */
    public static Uni<Void> insert(List<?> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.persistAll(rows.toArray())).call(() -> Panache.flush()).replaceWithVoid();
    }
}
