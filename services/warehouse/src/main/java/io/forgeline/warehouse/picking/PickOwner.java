package io.forgeline.warehouse.picking;

import io.forgeline.warehouse.stock.StockBalance;
import io.smallrye.mutiny.Uni;
import java.util.function.Predicate;

/**
 * Who else plans picks through {@link Picking} than production orders (outbound deliveries): told of each confirmed
 * pick of an order that is not a production order, inside the confirmation's transaction. A task of an order the
 * owner does not know is none of its business.
 */
public interface PickOwner {

    /** {@code task} was picked, in full or short; the rest of a short pick must not come from {@code foundShort}. */
    Uni<Void> picked(PickTask task, Predicate<StockBalance> foundShort);
}
