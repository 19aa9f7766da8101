package io.forgeline.scheduling.orders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.scheduling.masterdata.MasterDataApi;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling"))
class ProductionOrderReleaseTest {

    private static final String ORDERS = "/api/scheduling/production-orders";

    private static String order(String itemCode, String quantity) {
        String due = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"itemCode\":\"" + itemCode + "\",\"quantity\":\"" + quantity + "\",\"dueDate\":\"" + due + "\"}";
    }

    private static Response release(String user, String body, String idempotencyKey) {
        var request = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post(ORDERS);
    }

    private static int orderCount() {
        return given().auth().oauth2(Tokens.user("planner")).queryParam("limit", 1000)
                .when().get(ORDERS).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void a_planner_releases_an_order_with_its_material_availability() {
        release("planner", order("GEARBOX-A", "50"), null)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("number", matchesPattern("MO-\\d{6}"))
                .body("status", equalTo("RELEASED"))
                .body("quantity", equalTo("50"))
                .body("availabilityChecked", equalTo(true))
                .body("materials.find { it.itemCode == 'BEARING-6204' }.required", equalTo("102"))
                .body("materials.find { it.itemCode == 'BEARING-6204' }.available", equalTo("60"))
                .body("materials.find { it.itemCode == 'BEARING-6204' }.shortage", equalTo("42"))
                .body("materials.find { it.itemCode == 'SHAFT-01' }.shortage", equalTo("0"));
    }

    @Test
    void a_planned_order_waits_for_its_release_and_is_released_once() throws Exception {
        String due = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String id = release("planner", "{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"7\",\"dueDate\":\"" + due + "\",\"release\":false}", null)
                .then().statusCode(201).body("status", equalTo("PLANNED")).extract().path("id");

        given().auth().oauth2(Tokens.user("planner")).when().post(ORDERS + "/" + id + "/release")
                .then().statusCode(200).body("status", equalTo("RELEASED"))
                .body("materials.find { it.itemCode == 'BEARING-6204' }.required", equalTo("15"));
        KafkaProbe.await("scheduling.production-orders.v1", r -> id.equals(r.key()), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no released event for the planned order " + id));
        given().auth().oauth2(Tokens.user("planner")).when().post(ORDERS + "/" + id + "/release")
                .then().statusCode(409);
    }

    @Test
    void the_released_event_leaves_through_the_outbox_with_cloud_events_headers() throws Exception {
        String id = release("planner", order("GEARBOX-A", "5"), null).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = KafkaProbe.await("scheduling.production-orders.v1",
                r -> id.equals(r.key()), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no released event for " + id));

        assertEquals("io.forgeline.scheduling.production-order.released.v1", KafkaProbe.header(record, "ce_type"));
        assertEquals("/forgeline/scheduling", KafkaProbe.header(record, "ce_source"));
        assertNotNull(UUID.fromString(KafkaProbe.header(record, "ce_id")));
        assertTrue(KafkaProbe.header(record, "traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
        ProductionOrderReleased event = ProductionOrderReleased.parseFrom(record.value());
        assertEquals(3, event.getOperationsCount());
        assertEquals("CNC-01", event.getOperations(0).getWorkCenterCode());
        assertEquals(10, event.getOperations(0).getSequence());
        assertEquals("22.5", event.getOperations(0).getRunMinutes());
    }

    @Test
    void each_released_operation_carries_the_direct_components_it_consumes_for_the_whole_order() throws Exception {
        String gearbox = MasterDataApi.newItem("GEARBOX", "MAKE");
        MasterDataApi.putRouting("planner", gearbox, List.of(MasterDataApi.operation(10, "CNC-01"), MasterDataApi.operation(20, "ASM-01"),
                MasterDataApi.operation(30, "TST-01"))).then().statusCode(200);
        String bearing = MasterDataApi.newItem("BEARING", "BUY");
        String grease = MasterDataApi.unique("GREASE");
        Map<String, Object> byWeight = MasterDataApi.item("grease", "BUY");
        byWeight.put("unit", "KG");
        MasterDataApi.putItem("planner", grease, byWeight).then().statusCode(201);
        MasterDataApi.putBom("planner", gearbox, List.of(MasterDataApi.component(bearing, "2", "0.05", 20),
                MasterDataApi.component(grease, "0.25", "0.1"))).then().statusCode(200);

        String id = release("planner", order(gearbox, "7"), null).then().statusCode(201).extract().path("id");

        ProductionOrderReleased event = ProductionOrderReleased.parseFrom(KafkaProbe.await("scheduling.production-orders.v1",
                r -> id.equals(r.key()), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no released event for " + id)).value());
        assertEquals(List.of(10, 20, 30), event.getOperationsList().stream().map(PlannedOperation::getSequence).toList());
        // unassigned: at the first operation; 7 × 0.25 × 1.1, kept exact in kilograms
        assertEquals(List.of(need(grease, "1.925", "KG")), needs(event.getOperations(0)));
        // 7 × 2 × 1.05 = 14.7 pieces, rounded up as the material line is
        assertEquals(List.of(need(bearing, "15", "PCE")), needs(event.getOperations(1)));
        assertEquals(List.of(), needs(event.getOperations(2)));
        assertEquals("15", event.getMaterialsList().stream().filter(m -> m.getItemCode().equals(bearing)).findFirst().orElseThrow()
                .getRequired().getAmount());
    }

    private static String need(String item, String amount, String unit) {
        return item + " " + amount + " " + unit;
    }

    private static List<String> needs(PlannedOperation operation) {
        return operation.getComponentsList().stream().map(c -> need(c.getItemCode(), c.getQuantity().getAmount(), c.getQuantity().getUnit()))
                .toList();
    }

    @Test
    void a_shortage_of_a_bought_component_raises_a_purchase_requisition_for_its_supplier() throws Exception {
        var released = release("planner", order("GEARBOX-A", "40"), null).then().statusCode(201).extract();
        String number = released.path("number");
        String due = released.path("dueDate");

        // the test database starts numbering at MO-000001 on every run while the topic keeps earlier runs' events
        ConsumerRecord<String, byte[]> record = KafkaProbe.await("scheduling.purchase-requisitions.v1",
                r -> number.equals(parse(r).getProductionOrderNumber()) && Instant.parse(due).equals(Instant.parse(parse(r).getNeedDate())),
                Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no requisition for " + number));

        PurchaseRequisitionRaised requisition = parse(record);
        assertEquals("BEARING-6204", requisition.getItemCode());
        assertEquals("ACME", requisition.getSupplierCode());
        assertEquals("22", requisition.getQuantity().getAmount()); // 40 × 2 × 1.02 = 81.6 → 82 needed, 60 on hand
    }

    @Test
    void the_same_idempotency_key_returns_the_first_order_and_creates_no_second() {
        String key = UUID.randomUUID().toString();
        String body = order("GEARBOX-A", "7");
        String first = release("planner", body, key).then().statusCode(201).extract().path("id");
        int before = orderCount();

        String second = release("planner", body, key).then().statusCode(201).extract().path("id");

        assertEquals(first, second);
        assertEquals(before, orderCount());
    }

    @Test
    void an_idempotency_key_reused_for_another_order_is_refused() {
        String key = UUID.randomUUID().toString();
        release("planner", order("GEARBOX-A", "3"), key).then().statusCode(201);

        release("planner", order("GEARBOX-A", "4"), key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void an_operator_may_not_release_orders() {
        release("operator", order("GEARBOX-A", "5"), null)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void releasing_without_a_token_is_unauthorized() {
        given().contentType(ContentType.JSON).body(order("GEARBOX-A", "5"))
                .when().post(ORDERS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_negative_quantity_is_refused_naming_the_field_and_nothing_is_stored() {
        int before = orderCount();

        release("planner", order("GEARBOX-A", "-5"), null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[0].message", equalTo("must be greater than 0"));

        assertEquals(before, orderCount());
    }

    @Test
    void a_missing_item_code_is_refused_naming_the_field() {
        int before = orderCount();

        release("planner", "{\"quantity\":\"5\",\"dueDate\":\"2030-01-01T00:00:00Z\"}", null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("itemCode"))
                .body("errors[0].message", equalTo("is required"));

        assertEquals(before, orderCount());
    }

    @Test
    void a_quantity_that_is_not_a_number_is_refused_naming_the_field() {
        release("planner", order("GEARBOX-A", "fifty"), null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void an_unknown_item_is_a_business_rule_refusal() {
        release("planner", order("GEARBOX-Z", "5"), null)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("itemCode"))
                .body("detail", equalTo("item GEARBOX-Z is not in the item master"));
    }

    @Test
    void a_bought_item_cannot_be_released_as_a_production_order() {
        release("planner", order("BEARING-6204", "5"), null)
                .then().statusCode(422)
                .body("detail", equalTo("item BEARING-6204 is bought, not made: it needs a purchase order"));
    }

    @Test
    void half_a_gearbox_cannot_be_ordered() {
        release("planner", order("GEARBOX-A", "2.5"), null)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void an_order_can_be_read_back_by_id() {
        String id = release("planner", order("GEARBOX-A", "6"), null).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.user("operator")).when().get(ORDERS + "/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("createdBy", equalTo("planner"));
        given().auth().oauth2(Tokens.user("planner")).when().get(ORDERS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static PurchaseRequisitionRaised parse(ConsumerRecord<String, byte[]> record) {
        try {
            return PurchaseRequisitionRaised.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
