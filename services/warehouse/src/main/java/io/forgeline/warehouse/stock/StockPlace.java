package io.forgeline.warehouse.stock;

import java.util.List;

/** Where a balance lives: the key of one row of stock. {@code sscc} is null for loose goods. */
public record StockPlace(String itemCode, String lot, StockStatus status, String bin, String sscc) {

    /** The same goods in another status (a quality decision) or another place (a move). */
    public StockPlace withStatus(StockStatus other) {
        return new StockPlace(itemCode, lot, other, bin, sscc);
    }

    public StockPlace at(String otherBin, String otherSscc) {
        return new StockPlace(itemCode, lot, status, otherBin, otherSscc);
    }

    /**
     * Moves of one lot take turns; other lots move in parallel. Every move also holds its item's allocation key, which
     * picking holds while it reserves stock: taking both at once, sorted, keeps every path in one lock order.
     */
    List<String> lockKeys() {
        return List.of(allocationKey(itemCode), "stock:" + itemCode + "\u001f" + lot);
    }

    /** Held while stock of the item is reserved or taken: what is free cannot change underneath. */
    public static String allocationKey(String itemCode) {
        return "allocation:" + itemCode;
    }
}
