package io.forgeline.warehouse.picking;

import io.forgeline.contracts.warehouse.v1.MaterialShort;
import io.forgeline.contracts.warehouse.v1.MaterialStaged;
import io.forgeline.warehouse.stock.Amounts;
import java.math.BigDecimal;
import java.time.Instant;

/** Staging news as the api-contracts messages on {@value #TOPIC}, keyed by production order id. */
final class PickEvents {

    static final String TOPIC = "warehouse.pick-tasks.v1";
    static final String SHORT = "io.forgeline.warehouse.material-short.v1";
    static final String STAGED = "io.forgeline.warehouse.material-staged.v1";

    private PickEvents() {
    }

    static MaterialShort shortOf(MaterialDemand demand, MaterialDemand.Material material, BigDecimal missing, String reason) {
        return MaterialShort.newBuilder()
                .setOrderId(demand.orderId.toString())
                .setOrderNumber(demand.orderNumber)
                .setItemCode(material.itemCode())
                .setRequired(Amounts.proto(material.quantity(), material.unit()))
                .setShort(Amounts.proto(missing, material.unit()))
                .setNeededBy(demand.neededBy.toString())
                .setReason(reason)
                .setWorkCenterCode(demand.workCenter)
                .build();
    }

    static MaterialStaged staged(MaterialDemand demand, String stagingBin, Instant at) {
        return MaterialStaged.newBuilder()
                .setOrderId(demand.orderId.toString())
                .setOrderNumber(demand.orderNumber)
                .setWorkCenterCode(demand.workCenter)
                .setStagingBin(stagingBin)
                .setStagedAt(at.toString())
                .build();
    }

}
