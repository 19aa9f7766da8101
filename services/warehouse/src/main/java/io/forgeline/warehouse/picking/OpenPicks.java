package io.forgeline.warehouse.picking;

import io.forgeline.warehouse.stock.Reservations;
import io.forgeline.warehouse.stock.StockPlace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The ledger's view of picking: an open pick task is the reservation of the stock it names. */
@ApplicationScoped
public class OpenPicks implements Reservations {

    @Override
    public Uni<List<Reservation>> at(StockPlace place) {
        String query = "itemCode = ?1 and lot = ?2 and fromBin = ?3 and status = ?4 and "
                + (place.sscc() == null ? "fromSscc is null" : "fromSscc = ?5") + " order by number";
        Object[] parameters = place.sscc() == null
                ? new Object[] {place.itemCode(), place.lot(), place.bin(), PickTaskStatus.OPEN}
                : new Object[] {place.itemCode(), place.lot(), place.bin(), PickTaskStatus.OPEN, place.sscc()};
        return PickTask.<PickTask>list(query, parameters)
                .map(tasks -> tasks.stream().map(task -> new Reservation(task.number, task.orderNumber, task.quantity)).toList());
    }
}
