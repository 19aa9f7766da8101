package io.forgeline.execution.holds;

import static io.forgeline.platform.inbox.EventFields.instant;
import static io.forgeline.platform.inbox.EventFields.uuid;

import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop floor's copy of quality's holds. A lift that arrives before its placement (a replay starting in the middle)
 * is kept as a lifted hold, so the placement arriving after it changes nothing.
 */
@ApplicationScoped
public class Holds {

    /** Inside the consumer's transaction. */
    Uni<Void> placed(HoldPlaced event) {
        UUID id = uuid(event.getHoldId(), "hold_id");
        return StockHold.<StockHold>findById(id).flatMap(held -> {
            if (held != null) {
                return Uni.createFrom().voidItem();
            }
            StockHold hold = new StockHold();
            hold.id = id;
            hold.number = event.getHoldNumber();
            hold.itemCode = event.getItemCode();
            hold.lot = event.getLot();
            hold.supplierCode = event.getSupplierCode();
            hold.reason = event.getReason();
            hold.placedBy = event.getPlacedBy();
            hold.placedAt = instant(event.getPlacedAt(), "placed_at");
            return hold.persist().replaceWithVoid();
        });
    }

    /** Inside the consumer's transaction. */
    Uni<Void> lifted(HoldLifted event) {
        UUID id = uuid(event.getHoldId(), "hold_id");
        Instant at = instant(event.getLiftedAt(), "lifted_at");
        return StockHold.<StockHold>findById(id).flatMap(held -> {
            StockHold hold = held != null ? held : new StockHold();
            if (held == null) {
                hold.id = id;
                hold.number = event.getHoldNumber();
                hold.itemCode = event.getItemCode();
                hold.lot = event.getLot();
                hold.supplierCode = event.getSupplierCode();
                hold.reason = "";
                hold.placedBy = "";
                hold.placedAt = at;
            }
            hold.liftedAt = at;
            hold.liftedBy = event.getLiftedBy();
            hold.liftReason = event.getReason();
            return held != null ? Uni.createFrom().voidItem() : hold.persist().replaceWithVoid();
        });
    }

    /** The first hold on now that covers a lot of an item. In the caller's session. */
    public Uni<Optional<StockHold>> covering(String itemCode, String lot) {
        return StockHold.<StockHold>list("itemCode = ?1 and liftedAt is null order by placedAt", itemCode)
                .map(holds -> holds.stream().filter(hold -> hold.covers(itemCode, lot)).findFirst());
    }

    /** The holds on now on any of these items, oldest first. In the caller's session. */
    public Uni<List<StockHold>> onItems(List<String> itemCodes) {
        return itemCodes.isEmpty() ? Uni.createFrom().item(List.of())
                : StockHold.list("itemCode in ?1 and liftedAt is null order by placedAt", itemCodes);
    }
}
