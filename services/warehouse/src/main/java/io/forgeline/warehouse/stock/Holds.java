package io.forgeline.warehouse.stock;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * Quality's holds as the ledger needs them: stock of a held lot that becomes available goes on to BLOCKED at once,
 * and the stock view says which hold keeps stock blocked. The holds feature keeps them; the ledger asks inside its
 * transaction, holding the lot's lock, so a hold placed meanwhile is either seen here or finds the stock already in.
 */
public interface Holds {

    /** The active hold that covers this lot, the earliest placed when several do. */
    Uni<Optional<Hold>> covering(String itemCode, String lot);

    /** Every hold known on the item, active or lifted, earliest placed first. */
    Uni<List<Hold>> on(String itemCode);

    /**
     * One hold: on every lot of the item when {@code lot} is empty, else on that lot.
     *
     * @param number the ledger's reference for what the hold blocks (HOLD-…)
     * @param placedBy who placed it: the ledger books what a hold blocks in that person's name
     */
    record Hold(String number, String itemCode, String lot, String reason, String placedBy, boolean active) {

        public boolean covers(String otherLot) {
            return lot.isEmpty() || lot.equals(otherLot);
        }
    }
}
