package io.forgeline.warehouse.stock;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stock promised to open picks, which the ledger leaves for them: any other movement of released stock may take only
 * what is free. Picking keeps the promises; the ledger asks, inside its transaction, holding the item's allocation lock.
 */
public interface Reservations {

    /** The open picks that promised stock of exactly this place. */
    Uni<List<Reservation>> at(StockPlace place);

    /** One promise: a pick task of a production order, and how much. */
    record Reservation(String task, String order, BigDecimal quantity) {

        @Override
        public String toString() {
            return task + " (" + order + ")";
        }
    }
}
