package io.forgeline.quality.holds;

import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;

/** Holds as the api-contracts messages on {@value #TOPIC}, keyed by item code so one item's holds stay in order. */
final class HoldEvents {

    static final String TOPIC = "quality.holds.v1";
    static final String PLACED = "io.forgeline.quality.hold-placed.v1";
    static final String LIFTED = "io.forgeline.quality.hold-lifted.v1";

    private HoldEvents() {
    }

    static HoldPlaced placed(Hold hold) {
        return HoldPlaced.newBuilder().setHoldId(hold.id.toString()).setHoldNumber(hold.number).setItemCode(hold.itemCode)
                .setLot(hold.lot).setSupplierCode(hold.supplierCode).setReason(hold.reason).setPlacedBy(hold.placedBy)
                .setPlacedAt(hold.placedAt.toString()).build();
    }

    static HoldLifted lifted(Hold hold) {
        return HoldLifted.newBuilder().setHoldId(hold.id.toString()).setHoldNumber(hold.number).setItemCode(hold.itemCode)
                .setLot(hold.lot).setSupplierCode(hold.supplierCode).setReason(hold.liftReason).setLiftedBy(hold.liftedBy)
                .setLiftedAt(hold.liftedAt.toString()).build();
    }
}
