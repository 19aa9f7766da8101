package io.forgeline.supply.shipping;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnCancelled;
import io.forgeline.contracts.supply.v1.AsnReceived;
import io.forgeline.contracts.supply.v1.AsnLine;

/** ASN changes as the api-contracts messages on {@value #TOPIC}, keyed by ASN id. */
final class AsnEvents {

    static final String TOPIC = "supply.asns.v1";
    static final String ACCEPTED = "io.forgeline.supply.asn.accepted.v1";
    static final String REPLACED = "io.forgeline.supply.asn.replaced.v1";
    static final String CANCELLED = "io.forgeline.supply.asn.cancelled.v1";
    static final String RECEIVED = "io.forgeline.supply.asn.received.v1";

    private AsnEvents() {
    }

    static AdvanceShippingNotice notice(Asn asn) {
        AdvanceShippingNotice.Builder notice = AdvanceShippingNotice.newBuilder()
                .setAsnId(asn.id().toString())
                .setAsnNumber(asn.asnNumber())
                .setSupplierCode(asn.supplierCode())
                .setShipDate(asn.shipDate().toString())
                .setExpectedArrival(asn.expectedArrival().toString())
                .setCarrier(asn.carrier() == null ? "" : asn.carrier())
                .setRevision(asn.revision())
                .setAcceptedAt(asn.acceptedAt().toString());
        for (HandlingUnit unit : asn.handlingUnits()) {
            var handlingUnit = io.forgeline.contracts.supply.v1.HandlingUnit.newBuilder().setSscc(unit.sscc());
            for (HandlingUnit.Line line : unit.lines()) {
                handlingUnit.addLines(AsnLine.newBuilder()
                        .setPurchaseOrderId(line.purchaseOrderId().toString())
                        .setPurchaseOrderNumber(line.purchaseOrderNumber())
                        .setLineNumber(line.lineNumber())
                        .setItemCode(line.itemCode())
                        .setGtin(line.gtin() == null ? "" : line.gtin())
                        .setLot(line.lot() == null ? "" : line.lot())
                        .setExpiryDate(line.expiryDate() == null ? "" : line.expiryDate().toString())
                        .setQuantity(Quantity.newBuilder().setAmount(line.quantity().stripTrailingZeros().toPlainString()).setUnit(line.unit())));
            }
            notice.addHandlingUnits(handlingUnit);
        }
        return notice.build();
    }

    static AsnCancelled cancelled(Asn asn) {
        return AsnCancelled.newBuilder()
                .setAsnId(asn.id().toString())
                .setAsnNumber(asn.asnNumber())
                .setSupplierCode(asn.supplierCode())
                .addAllSsccs(asn.handlingUnits().stream().map(HandlingUnit::sscc).toList())
                .setRevision(asn.revision())
                .setCancelledAt(asn.cancelledAt().toString())
                .build();
    }

    static AsnReceived received(Asn asn) {
        return AsnReceived.newBuilder()
                .setAsnId(asn.id().toString())
                .setAsnNumber(asn.asnNumber())
                .setSupplierCode(asn.supplierCode())
                .setRevision(asn.revision())
                .setReceivedAt(asn.receivedAt().toString())
                .build();
    }
}
