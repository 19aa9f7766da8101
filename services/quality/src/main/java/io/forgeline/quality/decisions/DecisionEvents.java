package io.forgeline.quality.decisions;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.quality.inspectionlot.InspectionLot;
import io.forgeline.quality.inspectionlot.LotOrigin;
import io.forgeline.quality.inspectionlot.UsageDecision;

/** Usage decisions as the api-contracts message on {@value #TOPIC}, keyed by inspection lot id; warehouse books them. */
final class DecisionEvents {

    static final String TOPIC = "quality.usage-decisions.v1";
    static final String MADE = "io.forgeline.quality.usage-decision-made.v1";

    private DecisionEvents() {
    }

    static UsageDecisionMade made(InspectionLot lot, UsageDecision decision) {
        UsageDecisionMade.Builder event = UsageDecisionMade.newBuilder()
                .setDecisionId(decision.id.toString())
                .setInspectionLotId(lot.id.toString())
                .setInspectionLotNumber(lot.number)
                .setItemCode(lot.itemCode)
                .setLot(lot.lot)
                .addAllHandlingUnits(lot.handlingUnitList())
                .setSupplierCode(lot.supplierCode)
                .setDecidedAt(decision.decidedAt.toString())
                .setDecidedBy(decision.decidedBy)
                .setReceiptId(lot.origin == LotOrigin.RECEIPT ? lot.originRef : "");
        for (UsageDecision.Disposition disposition : decision.dispositions.lines()) {
            event.addDispositions(Disposition.newBuilder()
                    .setAction(UsageAction.valueOf(disposition.action()))
                    .setQuantity(Quantity.newBuilder().setAmount(disposition.quantity().stripTrailingZeros().toPlainString()).setUnit(lot.unit))
                    .setReason(disposition.reason() == null ? "" : disposition.reason()));
        }
        return event.build();
    }
}
