package io.forgeline.supply.purchasing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Scheduling cancels a production order: the purchase orders raised for it follow, as far as nobody has committed. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = PurchaseOrderConfirmationTest.DATABASE))
class PurchaseOrderCancellationTest {

    private static final String REQUISITIONS = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    private static final String PRODUCTION_ORDERS = "scheduling.production-orders.v1";
    private static final String ORDER_CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";
    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RequestSpecification acme() {
        return given().auth().oauth2(Tokens.client("supplier-acme", "acme-secret"));
    }

    private static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Delivers one event and waits until supply's consumer group has handled it. */
    private static void deliver(String topic, String key, byte[] payload, String type) {
        String group = ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
        KafkaProbe.deliver(topic, key, payload, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type), group, WAIT);
    }

    private static void requisition(String itemCode, String productionOrder) {
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder().setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(itemCode).setQuantity(Quantity.newBuilder().setAmount("40").setUnit("PCE"))
                .setNeedDate("2030-02-01T00:00:00Z").setProductionOrderNumber(productionOrder).setSupplierCode("ACME").build();
        deliver(REQUISITIONS, itemCode, event.toByteArray(), RAISED);
    }

    private static void cancel(String productionOrder) {
        ProductionOrderCancelled event = ProductionOrderCancelled.newBuilder().setOrderId(UUID.randomUUID().toString())
                .setOrderNumber(productionOrder).setItemCode("GEARBOX-A").setPreviousStatus("RELEASED").setCancelledBy("planner")
                .setCancelledAt(Instant.now().toString()).build();
        deliver(PRODUCTION_ORDERS, event.getOrderId(), event.toByteArray(), ORDER_CANCELLED);
    }

    /** ACME's view of its purchase order for {@code itemCode}, if it has one. */
    private static Optional<Map<String, Object>> acmeOrder(String itemCode) {
        List<Map<String, Object>> orders = acme().when().get("/partner/v1/purchase-orders").then().statusCode(200).extract().jsonPath().getList("");
        return orders.stream().filter(order -> itemCode.equals(order.get("itemCode"))).findFirst();
    }

    private static String confirmationBody() {
        return "{\"promisedDate\": \"" + Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}";
    }

    @Test
    void a_purchase_order_the_supplier_has_not_confirmed_is_cancelled_with_its_production_order_and_announced() throws Exception {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        requisition(item, productionOrder);
        String id = (String) acmeOrder(item).orElseThrow().get("id");

        cancel(productionOrder);

        assertEquals("CANCELLED", acmeOrder(item).orElseThrow().get("status"));
        acme().contentType(ContentType.JSON).body(confirmationBody()).when().post("/partner/v1/purchase-orders/{id}/confirmation", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("CANCELLED"));
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(PURCHASE_ORDERS,
                r -> id.equals(r.key()) && PurchaseOrderEvents.CANCELLED.equals(KafkaProbe.header(r, "ce_type")), WAIT)
                .orElseThrow(() -> new AssertionError("no cancelled event for purchase order " + id));
        PurchaseOrderCancelled announced = PurchaseOrderCancelled.parseFrom(record.value());
        assertEquals(productionOrder, announced.getProductionOrderNumber());
        assertEquals("ACME", announced.getSupplierCode());
        assertEquals("production order " + productionOrder + " was cancelled", announced.getReason());
    }

    @Test
    void a_purchase_order_the_supplier_has_confirmed_stays_when_its_production_order_is_cancelled() {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        requisition(item, productionOrder);
        String id = (String) acmeOrder(item).orElseThrow().get("id");
        acme().contentType(ContentType.JSON).body(confirmationBody()).when().post("/partner/v1/purchase-orders/{id}/confirmation", id)
                .then().statusCode(200);

        cancel(productionOrder);

        assertEquals("CONFIRMED", acmeOrder(item).orElseThrow().get("status"));
        assertTrue(KafkaProbe.await(PURCHASE_ORDERS,
                r -> id.equals(r.key()) && PurchaseOrderEvents.CANCELLED.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(3))
                .isEmpty(), "a confirmed purchase order was announced cancelled");
    }

    @Test
    void a_requisition_that_arrives_after_its_production_order_was_cancelled_opens_no_purchase_order() {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        cancel(productionOrder);

        requisition(item, productionOrder);

        assertTrue(acmeOrder(item).isEmpty(), "a purchase order was opened for cancelled " + productionOrder);
    }

    @Test
    void the_cancellation_of_another_production_order_leaves_a_purchase_order_alone() {
        String item = fresh("T-CANC-");
        requisition(item, fresh("MO-T"));

        cancel(fresh("MO-T"));

        Eventually.within(WAIT, () -> acmeOrder(item).isPresent(), "ACME's order for " + item);
        assertEquals("OPEN", acmeOrder(item).orElseThrow().get("status"));
    }
}
