package io.forgeline.warehouse.counting;

import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One thing to count in the bin: an item's lot in one status, loose or on a handling unit. {@code book} and
 * {@code counted} are filled when the count is entered; {@code posted} says whether its difference was booked.
 */
public record CountLine(int line, String itemCode, String lot, LocalDate expiresOn, StockStatus status, String handlingUnit, String unit,
                        BigDecimal book, BigDecimal counted, boolean posted) {

    CountLine withCount(BigDecimal bookNow, BigDecimal found) {
        return new CountLine(line, itemCode, lot, expiresOn, status, handlingUnit, unit, bookNow, found, false);
    }

    CountLine asPosted() {
        return new CountLine(line, itemCode, lot, expiresOn, status, handlingUnit, unit, book, counted, true);
    }

    BigDecimal variance() {
        return counted.subtract(book);
    }
}
