package io.forgeline.warehouse.receiving;

import io.forgeline.platform.quantity.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An open ASN as the dock reads it: who sends what on which handling units, and which of them are in already. */
public record ExpectedView(UUID asnId, String asnNumber, String supplierCode, Instant expectedArrival, int revision, List<Unit> handlingUnits,
                           String scannedSscc) {

    /** The same ASN, saying which of its handling units a scan named (however it was read: label, EPC, digits). */
    ExpectedView scanned(String sscc) {
        return new ExpectedView(asnId, asnNumber, supplierCode, expectedArrival, revision, handlingUnits, sscc);
    }


    public record Unit(String sscc, boolean received, List<Line> lines) {
    }

    public record Line(UUID purchaseOrderId, String purchaseOrderNumber, int lineNumber, String itemCode, String gtin, String lot, LocalDate expiresOn, Quantity quantity) {

        static Line of(ExpectedLine line) {
            return new Line(line.purchaseOrderId(), line.purchaseOrderNumber(), line.lineNumber(), line.itemCode(), line.gtin(), line.lot(), line.expiryDate(),
                    new Quantity(line.quantity(), line.unit()));
        }
    }

    static Unit unit(ExpectedUnit unit, boolean received) {
        return new Unit(unit.key.sscc(), received, unit.lines().stream().map(Line::of).toList());
    }
}
