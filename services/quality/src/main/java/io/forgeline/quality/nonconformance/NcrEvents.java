package io.forgeline.quality.nonconformance;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.contracts.quality.v1.NonconformanceClosed;
import io.forgeline.contracts.quality.v1.NonconformanceOpened;

/** NCRs as the api-contracts messages on {@value #TOPIC}, keyed by NCR id. */
final class NcrEvents {

    static final String TOPIC = "quality.nonconformances.v1";
    static final String OPENED = "io.forgeline.quality.nonconformance-opened.v1";
    static final String DISPOSITION = "io.forgeline.quality.ncr-disposition-decided.v1";
    static final String CLOSED = "io.forgeline.quality.nonconformance-closed.v1";

    private NcrEvents() {
    }

    static NonconformanceOpened opened(Nonconformance ncr, String inspectionLotNumber) {
        return NonconformanceOpened.newBuilder().setNcrId(ncr.id.toString()).setNcrNumber(ncr.number)
                .setSource(io.forgeline.contracts.quality.v1.NcrSource.valueOf(ncr.source.name())).setItemCode(ncr.itemCode).setLot(ncr.lot)
                .setQuantity(quantity(ncr.quantity, ncr.unit)).setSupplierCode(ncr.supplierCode).addAllDefectCodes(ncr.defectCodeList())
                .setDescription(ncr.description).setInspectionLotId(ncr.inspectionLotId == null ? "" : ncr.inspectionLotId.toString())
                .setInspectionLotNumber(inspectionLotNumber == null ? "" : inspectionLotNumber)
                .setOpenedBy(ncr.openedBy).setOpenedAt(ncr.openedAt.toString()).build();
    }

    static NcrDispositionDecided disposition(Nonconformance ncr, NcrDisposition disposition) {
        return NcrDispositionDecided.newBuilder().setNcrId(ncr.id.toString()).setNcrNumber(ncr.number)
                .setDispositionId(disposition.id.toString()).setAction(io.forgeline.contracts.quality.v1.NcrAction.valueOf("NCR_ACTION_" + disposition.action.name()))
                .setItemCode(ncr.itemCode).setLot(ncr.lot).setQuantity(quantity(disposition.quantity, ncr.unit)).setSupplierCode(ncr.supplierCode)
                .setReason(disposition.reason == null ? "" : disposition.reason).setDecidedBy(disposition.decidedBy)
                .setDecidedAt(disposition.decidedAt.toString()).build();
    }

    static NonconformanceClosed closed(Nonconformance ncr) {
        return NonconformanceClosed.newBuilder().setNcrId(ncr.id.toString()).setNcrNumber(ncr.number).setItemCode(ncr.itemCode)
                .setSupplierCode(ncr.supplierCode).setClosedBy(ncr.closedBy).setClosedAt(ncr.closedAt.toString()).build();
    }

    private static Quantity quantity(java.math.BigDecimal amount, String unit) {
        return Quantity.newBuilder().setAmount(amount.stripTrailingZeros().toPlainString()).setUnit(unit).build();
    }
}
