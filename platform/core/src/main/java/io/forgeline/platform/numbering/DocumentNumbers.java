package io.forgeline.platform.numbering;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Draws the next number from a database sequence inside the caller's session. A rolled-back transaction
 * leaves a gap, which is the price of never handing out the same number twice across replicas.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /**
     * @param sequence a sequence the service's migrations created, e.g. {@code production_order_number_seq}
     * @param prefix   e.g. "MO-": the number reads MO-000042
     */
    public static Uni<String> next(String sequence, String prefix) {
        if (!sequence.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select nextval('" + sequence + "')", Long.class).getSingleResult())
                .map(n -> prefix + "%06d".formatted(n));
    }
}
