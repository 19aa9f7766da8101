package io.forgeline.warehouse.stock;

import io.forgeline.platform.quantity.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the warehouse holds of one item, summed by what it may be used for. {@code description} comes
 * from the item master copy and is null while scheduling has not published the item.
 */
public record ItemStock(String itemCode, String description, Quantity available, Quantity quarantined, List<Lot> lots) {

    /**
     * @param handlingUnit the SSCC the goods are on; null when loose in the bin
     * @param hold         the quality hold (HOLD-…) that keeps this BLOCKED stock blocked; null for anything else
     */
    public record Lot(String lot, String location, Quantity quantity, StockStatus status, LocalDate expiresOn, String handlingUnit,
                      String hold) {
    }

    /**
     * Pure rule: sums entries into issuable and quarantined stock as of {@code today}; {@code heldBy} names the hold
     * keeping a BLOCKED place blocked.
     */
    static ItemStock of(String itemCode, String description, String unit, List<StockBalance> entries, LocalDate today,
            Map<StockPlace, String> heldBy) {
        Quantity available = Quantity.zero(unit);
        Quantity quarantined = Quantity.zero(unit);
        for (StockBalance entry : entries) {
            if (entry.issuableOn(today)) {
                available = available.plus(entry.quantity());
            } else if (entry.status == StockStatus.QUARANTINE) {
                quarantined = quarantined.plus(entry.quantity());
            }
        }
        List<Lot> lots = entries.stream()
                .map(e -> new Lot(e.lot, e.bin, e.quantity(), e.status, e.expiresOn, e.sscc, heldBy.get(e.place())))
                .toList();
        return new ItemStock(itemCode, description, available, quarantined, lots);
    }
}
