package io.forgeline.supply;

import static io.restassured.RestAssured.given;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.items.ItemChanges;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What supply's tests arrange through its real faces: requisitions and cancellations on scheduling's topics, items on
 * the item master topic, orders through the buyers' API, and the callers (a buyer, ACME's and GLOBEX's systems).
 */
public final class SupplyTestData {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final ZoneId PLANT = ZoneId.of("Europe/Berlin");
    private static final String REQUISITIONS = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    private static final String PRODUCTION_ORDERS = "scheduling.production-orders.v1";
    private static final String ORDER_CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";
    private static final String ITEMS = "scheduling.items.v1";

    private SupplyTestData() {
    }

    public static RequestSpecification buyer() {
        return given().auth().oauth2(Tokens.user("buyer"));
    }

    /** ACME's system; every answer it gets is checked against the partner contract. */
    public static RequestSpecification acme() {
        return given().filter(PartnerContract.ANSWERS).auth().oauth2(Tokens.client("supplier-acme", "acme-secret"));
    }

    public static RequestSpecification globex() {
        return given().filter(PartnerContract.ANSWERS).auth().oauth2(Tokens.client("supplier-globex", "globex-secret"));
    }

    /** A code nobody else uses on the shared broker. */
    public static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * A Monday in a week of its own, years ahead: requisitions needed then meet no other test's requisitions (those of
     * one supplier and week are collected on one order).
     */
    public static LocalDate freshWeek() {
        return LocalDate.of(2040, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(0, 50_000));
    }

    /** Publishes an item as scheduling's item master does, and waits until supply's copy has it. */
    public static String item(String prefix, String gtin) {
        return item(prefix, gtin, "test item ");
    }

    /** An item whose description is {@code description} followed by its code. */
    public static String item(String prefix, String gtin, String description) {
        String code = fresh(prefix);
        ItemChanged.Builder item = ItemChanged.newBuilder().setCode(code).setDescription(description + code).setUnit("PCE")
                .setMakeOrBuy("BUY").setSupplierCode("ACME").setVersion(1).setChangedAt("2030-01-01T08:00:00Z");
        if (gtin != null) {
            item.setGtin(gtin);
        }
        deliver(ITEMS, code, item.build().toByteArray(), ItemChanges.CHANGED);
        return code;
    }

    /** A shortage scheduling raised; waits until supply's consumer group has handled it. */
    public static void requisition(String supplier, String itemCode, String quantity, Instant needDate, String productionOrder) {
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(itemCode)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE"))
                .setNeedDate(needDate.toString())
                .setProductionOrderNumber(productionOrder == null ? "" : productionOrder)
                .setSupplierCode(supplier)
                .build();
        deliver(REQUISITIONS, itemCode, event.toByteArray(), RAISED);
    }

    public static void cancelProductionOrder(String productionOrder) {
        ProductionOrderCancelled event = ProductionOrderCancelled.newBuilder().setOrderId(UUID.randomUUID().toString())
                .setOrderNumber(productionOrder).setItemCode("GEARBOX-A").setPreviousStatus("RELEASED").setCancelledBy("planner")
                .setCancelledAt(Instant.now().toString()).build();
        deliver(PRODUCTION_ORDERS, event.getOrderId(), event.toByteArray(), ORDER_CANCELLED);
    }

    private static void deliver(String topic, String key, byte[] payload, String type) {
        String group = ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
        KafkaProbe.deliver(topic, key, payload, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type), group, WAIT);
    }

    /** The order a supplier's system sees with a line for {@code itemCode}, if any (among its 200 newest). */
    public static Optional<Map<String, Object>> partnerOrderWith(RequestSpecification supplier, String itemCode) {
        List<Map<String, Object>> orders = supplier.when().get("/partner/v1/purchase-orders?size=200")
                .then().statusCode(200).extract().jsonPath().getList("");
        return orders.stream().filter(order -> linesOf(order).stream().anyMatch(line -> itemCode.equals(line.get("itemCode")))).findFirst();
    }

    public static Map<String, Object> acmeOrderWith(String itemCode) {
        Eventually.within(WAIT, () -> partnerOrderWith(acme(), itemCode).isPresent(), "ACME's order with " + itemCode);
        return partnerOrderWith(acme(), itemCode).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> linesOf(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("lines");
    }

    /** A buyer's order for ACME with one line per item, each {@code quantity} on {@code date}; sent unless {@code send} is false. */
    public static ValidatableResponse buyerOrder(String supplier, String quantity, LocalDate date, boolean send, String... items) {
        StringBuilder lines = new StringBuilder();
        for (String item : items) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"itemCode\":\"").append(item).append("\",\"quantity\":\"").append(quantity)
                    .append("\",\"requestedDate\":\"").append(date).append("\"}");
        }
        return buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"" + supplier + "\",\"lines\":[" + lines + "]" + (send ? "" : ",\"send\":false") + "}")
                .when().post("/api/supply/purchase-orders").then();
    }

    public static ValidatableResponse answer(RequestSpecification supplier, String orderId, String body) {
        return supplier.contentType(ContentType.JSON).body(body).when().post("/partner/v1/purchase-orders/{id}/confirmation", orderId).then();
    }

    /** The instant a plant day starts: what promises to scheduling carry. */
    public static Instant dockTime(LocalDate date) {
        return date.atStartOfDay(PLANT).toInstant();
    }
}
