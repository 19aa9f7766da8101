package io.forgeline.warehouse.holds;

import io.forgeline.warehouse.stock.Holds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The ledger's view of the holds: inside the caller's session, so a hold recorded in the same transaction counts. */
@ApplicationScoped
public class ActiveHolds implements Holds {

    @Override
    public Uni<Optional<Hold>> covering(String itemCode, String lot) {
        return QualityHold.<QualityHold>find("itemCode = ?1 and active = true and (lot = '' or lot = ?2) order by placedAt, number", itemCode, lot)
                .firstResult().map(hold -> Optional.ofNullable(hold).map(QualityHold::view));
    }

    @Override
    public Uni<List<Hold>> on(String itemCode) {
        return QualityHold.<QualityHold>list("itemCode = ?1 order by placedAt nulls last, number", itemCode)
                .map(holds -> holds.stream().map(QualityHold::view).toList());
    }
}
