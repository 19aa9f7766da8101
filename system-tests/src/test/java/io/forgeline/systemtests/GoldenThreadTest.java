package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.anonymous;
import static io.forgeline.systemtests.Plant.as;
import static io.forgeline.systemtests.Plant.asSupplier;
import static io.forgeline.systemtests.Plant.order;
import static io.forgeline.systemtests.Plant.orderCount;
import static io.forgeline.systemtests.Plant.orderIdsAt;
import static io.forgeline.systemtests.Plant.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The golden-thread slice through the gateway, with every service a real process on real infrastructure. */
class GoldenThreadTest {

    @Test
    void a_released_order_reaches_the_first_work_center_within_seconds_with_real_stock_figures() {
        // the demo has 60 bearings and 120 shafts available; other tests may have had quality release more meanwhile
        String bearings = availableOf("BEARING-6204");
        String shafts = availableOf("SHAFT-01");
        Response released = release(as("planner"), order("GEARBOX-A", "50"));

        released.then().statusCode(201)
                .body("number", matchesPattern("MO-\\d{6}"))
                .body("status", equalTo("RELEASED"))
                .body("availabilityChecked", equalTo(true))
                .body("materials.find { it.itemCode == 'BEARING-6204' }.available", equalTo(bearings))
                .body("materials.find { it.itemCode == 'SHAFT-01' }.available", equalTo(shafts));
        String id = released.path("id");

        Eventually.within(Duration.ofSeconds(10), () -> orderIdsAt("CNC-01").contains(id), id + " on CNC-01's dispatch list");
        as("operator").when().get("/api/execution/work-centers/CNC-01/dispatch-list")
                .then().statusCode(200)
                .body("entries.find { it.orderId == '" + id + "' }.operationSequence", equalTo(10))
                .body("entries.find { it.orderId == '" + id + "' }.orderNumber", equalTo(released.path("number")));
    }

    @Test
    void clerk_inspector_and_supplier_read_their_parts_of_the_thread() {
        // the demo's quarantined lot; the dock may have received more bearings into quarantine meanwhile, and quality
        // released some of them
        int available = new BigDecimal(availableOf("BEARING-6204")).intValueExact();
        assertThat(available).as("bearings available: the demo's 60 and what quality released").isGreaterThanOrEqualTo(60);
        as("clerk").queryParam("itemCode", "BEARING-6204").when().get("/api/warehouse/stock")
                .then().statusCode(200)
                .body("lots.find { it.lot == 'L-BR-2611' }.quantity.amount", equalTo("40"))
                .body("lots.find { it.lot == 'L-BR-2611' }.status", equalTo("QUARANTINE"));
        as("inspector").queryParam("itemCode", "BEARING-6204").when().get("/api/quality/inspection-plans")
                .then().statusCode(200).body("[0].code", equalTo("IP-BEARING-6204-IN"));

        // a bearing shortage turns into a purchase order line for ACME that ACME's own system can read; the
        // quantity varies per run so a requisition left over from an earlier run cannot pass for this one. Shortages
        // of one supplier and week share an order line, so the buyer's view (which names the production orders a
        // line covers) finds this one
        int gearboxes = ThreadLocalRandom.current().nextInt(31 + available / 2, 400 + available / 2);
        String shortage = String.valueOf(new BigDecimal(gearboxes * 2).multiply(new BigDecimal("1.02"))
                .setScale(0, RoundingMode.CEILING).intValue() - available);
        String number = release(as("planner"), order("GEARBOX-A", String.valueOf(gearboxes)))
                .then().statusCode(201).extract().path("number");
        Eventually.within(Duration.ofSeconds(15), () -> purchaseOrderCovering(number).isPresent(), "a purchase order line covering " + number);
        Map<String, Object> demand = purchaseOrderCovering(number).orElseThrow();
        assertThat(demand.get("quantity")).as("the requisition of %s", number).isEqualTo(shortage);
        RequestSpecification acme = asSupplier("supplier-acme", "acme-secret");
        acme.when().get("/partner/v1/purchase-orders/{id}", demand.get("purchaseOrderId"))
                .then().statusCode(200).body("supplierCode", equalTo("ACME")).body("lines.itemCode", hasItem("BEARING-6204"));
        acme.when().get("/partner/v1/purchase-orders")
                .then().statusCode(200).body("supplierCode", everyItem(equalTo("ACME")));
    }

    /** What the warehouse's stock view says is available of the item (released by quality, not reserved). */
    private static String availableOf(String item) {
        return as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().statusCode(200).extract().path("available.amount");
    }

    /** The requisition of a production order on a purchase order line, as the buyer sees it, with the order's id. */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> purchaseOrderCovering(String productionOrder) {
        List<Map<String, Object>> orders = as("buyer").when().get("/api/supply/purchase-orders?supplierCode=ACME&size=200")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> order : orders) {
            for (Map<String, Object> line : (List<Map<String, Object>>) order.get("lines")) {
                for (Map<String, Object> demand : (List<Map<String, Object>>) line.get("demands")) {
                    if (productionOrder.equals(demand.get("productionOrderNumber"))) {
                        Map<String, Object> found = new java.util.HashMap<>(demand);
                        found.put("purchaseOrderId", order.get("id"));
                        return Optional.of(found);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void the_same_idempotency_key_through_the_gateway_gives_one_order() {
        String key = UUID.randomUUID().toString();
        String body = order("GEARBOX-A", "12");
        String first = release(as("planner").header("Idempotency-Key", key), body).then().statusCode(201).extract().path("id");
        int count = orderCount();

        String again = release(as("planner").header("Idempotency-Key", key), body).then().statusCode(201).extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(orderCount()).isEqualTo(count);
    }

    @Test
    void refusals_are_problems_and_leave_nothing_behind() {
        int count = orderCount();

        anonymous().contentType(ContentType.JSON).body(order("GEARBOX-A", "5"))
                .when().post("/api/scheduling/production-orders")
                .then().statusCode(401).contentType("application/problem+json");
        release(as("operator"), order("GEARBOX-A", "5"))
                .then().statusCode(403).contentType("application/problem+json");
        release(as("planner"), order("GEARBOX-A", "-5"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("quantity"));
        release(as("planner"), "{\"quantity\":\"5\",\"dueDate\":\"2031-01-01T00:00:00Z\"}")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("itemCode"));
        release(as("planner"), order("NO-SUCH-ITEM", "5"))
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("itemCode"));

        assertThat(orderCount()).isEqualTo(count);
    }

    @Test
    void one_trace_spans_gateway_scheduling_kafka_and_execution() {
        byte[] traceBytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(traceBytes);
        String traceId = HexFormat.of().formatHex(traceBytes);
        String parent = "00-" + traceId + "-" + "00f067aa0ba902b7" + "-01";

        String id = release(as("planner").header("traceparent", parent), order("GEARBOX-A", "3"))
                .then().statusCode(201).extract().path("id");
        Eventually.within(Duration.ofSeconds(10), () -> orderIdsAt("CNC-01").contains(id), id + " dispatched");

        Eventually.within(Duration.ofSeconds(20), () -> Suite.get().traces.servicesIn(traceId).containsAll(Set.of("gateway", "scheduling", "execution")),
                "spans of gateway, scheduling and execution in trace " + traceId + ", got " + Suite.get().traces.spansOf(traceId));
        assertThat(Suite.get().traces.spansOf(traceId))
                .anySatisfy(span -> assertThat(span.service()).isEqualTo("execution"))
                .anySatisfy(span -> assertThat(span.service()).isEqualTo("warehouse"));
    }
}
