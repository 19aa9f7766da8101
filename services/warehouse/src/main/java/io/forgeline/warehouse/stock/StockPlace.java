package io.forgeline.warehouse.stock;

/** Where a balance lives: the key of one row of stock. {@code sscc} is null for loose goods. */
public record StockPlace(String itemCode, String lot, StockStatus status, String bin, String sscc) {

    /** The same goods in another status (a quality decision) or another place (a move). */
    public StockPlace withStatus(StockStatus other) {
        return new StockPlace(itemCode, lot, other, bin, sscc);
    }

    public StockPlace at(String otherBin, String otherSscc) {
        return new StockPlace(itemCode, lot, status, otherBin, otherSscc);
    }

    /** Moves of one lot take turns; other lots move in parallel. */
    String lockKey() {
        return "stock:" + itemCode + "\u001f" + lot;
    }
}
