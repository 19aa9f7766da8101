package io.forgeline.supply.shipping;

import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An ASN whose form is right: every value read into its type. Whether the orders allow it is {@link AsnRules}' question. */
record ShippingNotice(String asnNumber, LocalDate shipDate, Instant expectedArrival, String carrier, List<Unit> units) {

    record Unit(Sscc sscc, List<Line> lines) {
    }

    /**
     * @param pointer where the line is in the document, for refusals: {@code /handlingUnits/0/lines/1}
     * @param itemCode null when the supplier named the item by GTIN only
     * @param gtin null when the supplier named the item by code only
     */
    record Line(String pointer, UUID purchaseOrderId, int lineNumber, String itemCode, Gtin gtin, String lot, LocalDate expiryDate,
                BigDecimal quantity) {
    }
}
