package io.forgeline.execution.consumption;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.MaterialConsumed;

/** Maps a consumption to its api-contracts event. */
final class ConsumptionEvents {

    static final String TOPIC = "execution.material-consumptions.v1";
    static final String CONSUMED = "io.forgeline.execution.material-consumed.v1";

    private ConsumptionEvents() {
    }

    static MaterialConsumed consumed(MaterialConsumption c) {
        return MaterialConsumed.newBuilder()
                .setConsumptionId(c.id.toString())
                .setOrderId(c.orderId.toString())
                .setOrderNumber(c.orderNumber)
                .setOperationSequence(c.operationSequence)
                .setWorkCenterCode(c.workCenterCode)
                .setItemCode(c.itemCode)
                .setLot(c.lot)
                .setSscc(c.sscc == null ? "" : c.sscc)
                .setSerial(c.serial == null ? "" : c.serial)
                .setQuantity(Quantity.newBuilder().setAmount(c.quantity.stripTrailingZeros().toPlainString()).setUnit(c.unit))
                .setConsumedAt(c.consumedAt.toString())
                .setConsumedBy(c.consumedBy)
                .setUnstaged(c.unstaged)
                .setTerminal(c.terminal == null ? "" : c.terminal)
                .build();
    }
}
