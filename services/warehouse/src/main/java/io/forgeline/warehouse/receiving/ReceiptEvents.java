package io.forgeline.warehouse.receiving;

import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.warehouse.stock.Amounts;

/** Receipts as the api-contracts message on {@value #TOPIC}, keyed by receipt id. */
final class ReceiptEvents {

    static final String TOPIC = "warehouse.goods-receipts.v1";
    static final String RECEIVED = "io.forgeline.warehouse.goods-received.v1";

    private ReceiptEvents() {
    }

    static GoodsReceived received(Receipt receipt) {
        GoodsReceived.Builder event = GoodsReceived.newBuilder()
                .setReceiptId(receipt.id.toString())
                .setSscc(nullToEmpty(receipt.sscc))
                .setAsnId(receipt.asnId == null ? "" : receipt.asnId.toString())
                .setSupplierCode(nullToEmpty(receipt.supplierCode))
                .setReceivedAt(receipt.receivedAt.toString())
                .setReceivedBy(receipt.receivedBy)
                .setUnplanned(receipt.unplanned)
                .setReason(nullToEmpty(receipt.reason));
        for (ReceivedLine line : receipt.lines()) {
            event.addLines(io.forgeline.contracts.warehouse.v1.ReceivedLine.newBuilder()
                    .setPurchaseOrderId(line.purchaseOrderId() == null ? "" : line.purchaseOrderId().toString())
                    .setLineNumber(line.lineNumber() == null ? 0 : line.lineNumber())
                    .setItemCode(line.itemCode())
                    .setLot(nullToEmpty(line.lot()))
                    .setExpiryDate(line.expiresOn() == null ? "" : line.expiresOn().toString())
                    .setAnnounced(Amounts.proto(line.announced(), line.unit()))
                    .setReceived(Amounts.proto(line.received(), line.unit()))
                    .setDamaged(Amounts.proto(line.damaged(), line.unit())));
        }
        return event.build();
    }


    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
