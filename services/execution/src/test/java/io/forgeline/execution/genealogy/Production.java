package io.forgeline.execution.genealogy;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static io.forgeline.execution.consumption.WarehouseStandIn.balance;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ComponentNeed;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.execution.consumption.WarehouseStandIn;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Making lots from lots through the operator's REST calls, at one work center of its own: release an order, start it,
 * scan material into it, complete it into a finished lot. Material is staged in the warehouse stand-in.
 */
public final class Production {

    private final String workCenter = code("WC");
    private boolean published;

    /** Releases an order for {@code item} whose first operation consumes {@code component}. */
    public ProductionOrderReleased released(String item, String component, int operations) {
        if (!published) {
            publish(workCenter(workCenter, 1, Instant.now(), code("M")));
            published = true;
        }
        String[] centers = new String[operations];
        Arrays.fill(centers, workCenter);
        ProductionOrderReleased.Builder order = order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-15T12:00:00Z"), centers)
                .toBuilder().setItemCode(item);
        order.getOperationsBuilder(0).addComponents(ComponentNeed.newBuilder().setItemCode(component)
                .setQuantity(Quantity.newBuilder().setAmount("10").setUnit("PCE")));
        ProductionOrderReleased built = order.build();
        release(built);
        return built;
    }

    /** What an order made: its finished lot. */
    public record Made(ProductionOrderReleased order, String lot) {
    }

    /** One order of a one-operation routing: released, started, {@code quantity} of the lot scanned into it, completed. */
    public Made made(String item, String component, String lot, String quantity) {
        ProductionOrderReleased order = released(item, component, 1);
        start(order, 10);
        consume(order, lot, quantity);
        return new Made(order, complete(order, 10, quantity));
    }

    public static String path(ProductionOrderReleased order, int sequence) {
        return "/api/execution/operations/" + order.getOrderId() + "/" + sequence;
    }

    public static Quantity pieces(String amount) {
        return Quantity.newBuilder().setAmount(amount).setUnit("PCE").build();
    }

    /** Warehouse received 100 pieces of the lot from the supplier at the dock, and execution has kept it. */
    public static void received(String item, String lot, String supplier) {
        String receipt = UUID.randomUUID().toString();
        deliver("warehouse.goods-receipts.v1", receipt, GoodsReceived.newBuilder().setReceiptId(receipt).setSupplierCode(supplier)
                .setSscc("004006381000000019").setReceivedAt(Instant.now().toString()).setReceivedBy("clerk")
                .addLines(ReceivedLine.newBuilder().setItemCode(item).setLot(lot).setReceived(pieces("100"))).build().toByteArray(),
                UUID.randomUUID().toString(), "io.forgeline.warehouse.goods-received.v1");
    }

    /** 100 pieces of the lot, available at a staging bin. */
    public static void staged(String item, String lot) {
        WarehouseStandIn.BALANCES.add(balance(item, lot, "STAGE-1", "", "AVAILABLE", "", "100", true, ""));
    }

    public static void start(ProductionOrderReleased order, int sequence) {
        as("operator").when().post(path(order, sequence) + "/start").then().statusCode(200);
    }

    /** Scans the lot into the order's first operation. */
    public static void consume(ProductionOrderReleased order, String lot, String quantity) {
        jsonAs("operator", "{\"scan\":\"%s\",\"quantity\":\"%s\"}".formatted(lot, quantity)).when().post(path(order, 10) + "/consumptions")
                .then().statusCode(201);
    }

    /** Completes the operation; the order's finished lot when it was the last. */
    public static String complete(ProductionOrderReleased order, int sequence, String good) {
        return jsonAs("operator", "{\"goodQuantity\":\"%s\"}".formatted(good)).when().post(path(order, sequence) + "/complete").then()
                .statusCode(200).extract().path("outputLot");
    }
}
