package io.forgeline.platform.steps;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/**
 * One asynchronous step per item, each started when the one before has finished, in the order given. A loop of
 * {@code chain = chain.call(...)} builds one operator per item, and subscribing to it nests them all on one stack:
 * a stock take of a few hundred lines overflowed the services' 512 KB thread stacks, and the request hung without an
 * answer. Here the depth stays the same however many items there are.
 */
public final class InTurn {

    private InTurn() {
    }

    /** Completes when every step has; the first failure stops the rest and fails the whole. */
    public static <T> Uni<Void> each(Iterable<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                // a Multi carries no nulls: each finished step is told by a marker, whatever its own item
                .onItem().transformToUniAndConcatenate(item -> step.apply(item).replaceWith(Boolean.TRUE))
                .collect().last()
                .replaceWithVoid();
    }
}
