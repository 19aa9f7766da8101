package io.forgeline.supply.shipping;

import java.util.List;

/**
 * An ASN as the supplier's system sends it. Every value is read as text and checked by {@link AsnForm}, so each
 * refusal names its field as a JSON pointer ({@code /handlingUnits/0/sscc}) rather than failing the whole body.
 */
public record AsnDocument(String asnNumber, String shipDate, String expectedArrival, String carrier, List<Unit> handlingUnits) {

    public record Unit(String sscc, List<Line> lines) {
    }

    /** Goods of one purchase order line in the handling unit: name the item by {@code itemCode} or {@code gtin}. */
    public record Line(String purchaseOrderId, Integer lineNumber, String itemCode, String gtin, String lot, String expiryDate,
                       String quantity) {
    }
}
