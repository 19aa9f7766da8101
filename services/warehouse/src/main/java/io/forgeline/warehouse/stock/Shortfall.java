package io.forgeline.warehouse.stock;

import java.math.BigDecimal;

/** How a refusal for too little stock reads to a clerk: what the lot holds there, what was asked, how much is missing. */
final class Shortfall {

    private Shortfall() {
    }

    static String describe(StockPlace place, BigDecimal held, BigDecimal asked, String unit) {
        return "lot " + place.lot() + " of " + place.itemCode() + " holds " + Amounts.plain(held) + " " + unit + " " + status(place)
                + " at " + place.bin() + (place.sscc() == null ? "" : " on SSCC " + place.sscc())
                + "; " + Amounts.plain(asked) + " " + unit + " asked, " + Amounts.plain(asked.subtract(held)) + " " + unit + " short";
    }

    static String reserved(StockPlace place, BigDecimal held, BigDecimal promised, BigDecimal asked, String unit,
            java.util.List<Reservations.Reservation> reservations) {
        return "lot " + place.lot() + " of " + place.itemCode() + " holds " + Amounts.plain(held) + " " + unit + " at " + place.bin()
                + (place.sscc() == null ? "" : " on SSCC " + place.sscc()) + ", of it " + Amounts.plain(promised) + " " + unit + " promised to "
                + String.join(", ", reservations.stream().map(Reservations.Reservation::toString).toList())
                + "; " + Amounts.plain(asked) + " " + unit + " asked, only " + Amounts.plain(held.subtract(promised).max(BigDecimal.ZERO)) + " " + unit + " free";
    }

    /** Appended to a refused issue: the stock that is there is blocked, and by which hold. */
    static String onHold(Holds.Hold hold) {
        return "; " + (hold.lot().isEmpty() ? "every lot of " + hold.itemCode() : "lot " + hold.lot()) + " is on quality hold " + hold.number()
                + " (" + hold.reason() + "): its stock is blocked";
    }

    private static String status(StockPlace place) {
        return place.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

}
