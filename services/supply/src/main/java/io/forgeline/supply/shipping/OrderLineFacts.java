package io.forgeline.supply.shipping;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What an ASN line is checked against: one line of one of the supplier's sent purchase orders.
 *
 * @param open                whether the order and the line still take goods (not cancelled, not received)
 * @param gtin                the item's GTIN in the item master, null if it has none
 * @param tolerancePercent    how much more than ordered may be announced
 * @param announcedElsewhere  what other open ASNs announce for the line already
 */
record OrderLineFacts(UUID purchaseOrderId, String purchaseOrderNumber, int lineNumber, String itemCode, String unit, BigDecimal quantity,
                      boolean open, String gtin, BigDecimal tolerancePercent, BigDecimal announcedElsewhere) {

    /** The most all open ASNs together may announce for the line. */
    BigDecimal ceiling() {
        return quantity.multiply(BigDecimal.ONE.add(tolerancePercent.movePointLeft(2)));
    }
}
