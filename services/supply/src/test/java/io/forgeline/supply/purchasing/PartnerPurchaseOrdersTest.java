package io.forgeline.supply.purchasing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class PartnerPurchaseOrdersTest {

    private static final String TOPIC = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    /** The type api-contracts names: the same topic carries confirmations and cancellations too. */
    private static final String CREATED = "io.forgeline.supply.purchase-order.created.v1";

    private static String requisition(String supplier, String quantity) {
        String productionOrder = "MO-T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode("BEARING-6204")
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE"))
                .setNeedDate("2030-02-01T00:00:00Z")
                .setProductionOrderNumber(productionOrder)
                .setSupplierCode(supplier)
                .build();
        KafkaProbe.send(TOPIC, "BEARING-6204", event.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RAISED));
        return productionOrder;
    }

    private static JsonPath acmeOrders() {
        return given().auth().oauth2(Tokens.client("supplier-acme", "acme-secret"))
                .when().get("/partner/v1/purchase-orders")
                .then().statusCode(200).extract().jsonPath();
    }


    @Test
    void a_requisition_becomes_a_purchase_order_the_supplier_can_read() throws Exception {
        String productionOrder = requisition("ACME", "42");

        Eventually.within(Duration.ofSeconds(15), () -> acmeOrders().getList("quantity").contains("42"), "ACME sees the order for 42");
        JsonPath orders = acmeOrders();
        int index = orders.getList("quantity").indexOf("42");
        assertTrue(orders.getString("[" + index + "].number").matches("PO-\\d{6}"));
        assertEquals("OPEN", orders.getString("[" + index + "].status"));
        assertEquals("BEARING-6204", orders.getString("[" + index + "].itemCode"));

        var created = KafkaProbe.await("supply.purchase-orders.v1",
                r -> CREATED.equals(KafkaProbe.header(r, "ce_type"))
                        && parse(r).getPurchaseOrderNumber().equals(orders.getString("[" + index + "].number")),
                Duration.ofSeconds(20));
        assertTrue(created.isPresent(), "purchase-order created event for " + productionOrder);
    }

    @Test
    void a_supplier_sees_only_its_own_purchase_orders() throws Exception {
        requisition("GLOBEX", "777");
        String marker = requisition("ACME", "31");
        Eventually.within(Duration.ofSeconds(15), () -> acmeOrders().getList("quantity").contains("31"), "ACME order " + marker);

        List<String> suppliers = acmeOrders().getList("supplierCode");
        assertTrue(suppliers.stream().allMatch("ACME"::equals), "only ACME orders, got " + suppliers);
        assertTrue(!acmeOrders().getList("quantity").contains("777"));
    }

    @Test
    void our_own_staff_do_not_use_the_partner_api() {
        given().auth().oauth2(Tokens.user("planner"))
                .when().get("/partner/v1/purchase-orders")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/partner/v1/purchase-orders")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_requisition_for_an_unknown_supplier_is_parked_on_the_dead_letter_topic() {
        String productionOrder = requisition("NOBODY", "5");

        assertTrue(KafkaProbe.await(KafkaProbe.deadLetterTopic(), r -> {
            try {
                return PurchaseRequisitionRaised.parseFrom(r.value()).getProductionOrderNumber().equals(productionOrder);
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30)).isPresent());
    }

    private static PurchaseOrderCreated parse(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return PurchaseOrderCreated.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
