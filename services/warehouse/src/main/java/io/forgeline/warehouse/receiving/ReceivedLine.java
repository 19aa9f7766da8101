package io.forgeline.warehouse.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a receipt: what the ASN announced (zero when unplanned), what was counted (damaged included) and what
 * of it was damaged and refused at the dock. The rest went into stock.
 */
public record ReceivedLine(UUID purchaseOrderId, String purchaseOrderNumber, Integer lineNumber, String itemCode, String lot, LocalDate expiresOn,
                           BigDecimal announced, BigDecimal received, BigDecimal damaged, String unit) {

    BigDecimal intoStock() {
        return received.subtract(damaged);
    }

    boolean differs() {
        return received.compareTo(announced) != 0 || damaged.signum() != 0;
    }
}
