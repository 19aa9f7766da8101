package io.forgeline.warehouse.receiving;

import io.forgeline.platform.quantity.Quantity;
import io.forgeline.warehouse.stock.StockStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A receipt as the clerk's handheld shows it: the handling unit, where it stands, in which status, with its lines. */
public record ReceiptView(UUID id, String sscc, UUID asnId, String asnNumber, String supplierCode, String location, StockStatus status,
                          Instant receivedAt, String receivedBy, boolean unplanned, String reason, List<Line> lines) {

    public record Line(UUID purchaseOrderId, String purchaseOrderNumber, Integer lineNumber, String itemCode, String lot, LocalDate expiresOn,
                       Quantity announced, Quantity received, Quantity damaged) {
    }

    static ReceiptView of(Receipt receipt) {
        return new ReceiptView(receipt.id, receipt.sscc, receipt.asnId, receipt.asnNumber, receipt.supplierCode, receipt.bin,
                StockStatus.QUARANTINE, receipt.receivedAt, receipt.receivedBy, receipt.unplanned, receipt.reason,
                receipt.lines().stream().map(line -> new Line(line.purchaseOrderId(), line.purchaseOrderNumber(), line.lineNumber(), line.itemCode(),
                        line.lot(), line.expiresOn(), new Quantity(line.announced(), line.unit()), new Quantity(line.received(), line.unit()),
                        new Quantity(line.damaged(), line.unit()))).toList());
    }
}
