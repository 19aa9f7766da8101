package io.forgeline.execution.progress;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.workCenter;

import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import java.time.Instant;
import java.util.UUID;

/** A released order of three operations (10, 20, 30), each at a fresh work center with one machine. */
record FloorOrder(ProductionOrderReleased released, String[] workCenters, String[] machines) {

    static FloorOrder onTheFloor() {
        String[] centers = {code("WC"), code("WC"), code("WC")};
        String[] machines = {code("M"), code("M"), code("M")};
        for (int i = 0; i < centers.length; i++) {
            publish(workCenter(centers[i], 1, Instant.now(), machines[i]));
        }
        ProductionOrderReleased released = order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-15T12:00:00Z"), centers);
        release(released);
        return new FloorOrder(released, centers, machines);
    }

    String orderId() {
        return released.getOrderId();
    }

    String path(int sequence) {
        return "/api/execution/operations/" + released.getOrderId() + "/" + sequence;
    }
}
