package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static io.forgeline.systemtests.Plant.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Golden thread step 3 through the gateway: a shortage becomes a purchase order line, ACME's system proposes a later
 * day, the buyer accepts, scheduling plans with the new promise, and ACME announces the shipment.
 */
class SupplierThreadTest {

    private static final ZoneId PLANT = ZoneId.of("Europe/Berlin");

    @Test
    @SuppressWarnings("unchecked")
    void a_supplier_takes_a_purchase_order_from_counter_proposal_to_asn_and_planning_hears_the_accepted_day() {
        // due in a week of its own, so its requisition has a purchase order of its own
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusWeeks(60 + ThreadLocalRandom.current().nextInt(0, 400)).withDayOfMonth(1);
        String body = "{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"200\",\"dueDate\":\"" + due.atTime(12, 0).toInstant(ZoneOffset.UTC) + "\"}";
        String orderId = release(as("planner"), body).then().statusCode(201).extract().path("id");
        String number = as("planner").when().get("/api/scheduling/production-orders/{id}", orderId).then().extract().path("number");

        Eventually.within(Duration.ofSeconds(20), () -> purchaseOrderFor(number).isPresent(), "a purchase order covering " + number);
        Map<String, Object> order = purchaseOrderFor(number).orElseThrow();
        String id = (String) order.get("id");
        Map<String, Object> line = ((List<Map<String, Object>>) order.get("lines")).getFirst();
        LocalDate later = LocalDate.parse((String) line.get("requestedDate")).plusDays(3);
        RequestSpecification acme = Plant.asSupplier("supplier-acme", "acme-secret");

        acme.contentType(ContentType.JSON).body("{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"" + line.get("quantity")
                        + "\",\"date\":\"" + later + "\"}]}]}")
                .when().post("/partner/v1/purchase-orders/{id}/confirmation", id)
                .then().statusCode(200).body("status", equalTo("COUNTER_PROPOSED"));
        as("buyer").when().post("/api/supply/purchase-orders/{id}/lines/1/proposal/accept", id)
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));

        Instant promised = later.atStartOfDay(PLANT).toInstant();
        Eventually.within(Duration.ofSeconds(20), () -> promised.toString().equals(bearingExpectedAt(orderId)),
                "scheduling plans " + number + "'s bearings for " + promised);

        String sscc = Purchasing.sscc();
        String asnId = acme.contentType(ContentType.JSON).body("{\"asnNumber\":\"ASN-" + number + "\",\"shipDate\":\"" + LocalDate.now(ZoneOffset.UTC)
                        + "\",\"expectedArrival\":\"" + promised + "\",\"carrier\":\"DHL\",\"handlingUnits\":[{\"sscc\":\"" + sscc
                        + "\",\"lines\":[{\"purchaseOrderId\":\"" + id + "\",\"lineNumber\":1,\"itemCode\":\"BEARING-6204\",\"lot\":\"L-77\","
                        + "\"quantity\":\"" + line.get("quantity") + "\"}]}]}")
                .when().post("/partner/v1/asns")
                .then().statusCode(201).body("handlingUnits[0].sscc", equalTo(sscc)).extract().path("id");
        acme.when().get("/partner/v1/asns/{id}", asnId).then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(Plant.asSupplier("supplier-globex", "globex-secret").when().get("/partner/v1/asns/{id}", asnId).then().extract().statusCode())
                .as("GLOBEX reads ACME's ASN").isEqualTo(404);
    }

    @Test
    void a_supplier_speaking_edifact_fetches_its_orders_and_confirms_one_through_the_gateway() {
        String id = Purchasing.newOrder(true);
        String number = Purchasing.buyer().when().get("/api/supply/purchase-orders/{id}", id).then().extract().path("number");

        String orders = Purchasing.acme().when().get("/partner/v1/edi/orders").then().statusCode(200)
                .contentType(containsString("application/EDIFACT")).extract().asString();
        assertThat(orders).startsWith("UNA:+.? '").contains("BGM+220+" + number + "+9'");

        String reference = "ST" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String ordrsp = "UNA:+.? '\nUNB+UNOC:3+ACME:ZZZ+FORGELINE1000:ZZZ+261208:1630+" + reference + "'\n"
                + "UNH+1+ORDRSP:D:96A:UN'\nBGM+231+R-" + reference + "+29'\nDTM+137:20261129:102'\nRFF+ON:" + number + "'\nUNS+S'\n"
                + "UNT+6+1'\nUNZ+1+" + reference + "'\n";
        for (int time = 0; time < 2; time++) { // sent twice, as EDI systems resend: taken once
            Purchasing.acme().contentType("application/EDIFACT").body(ordrsp.getBytes(StandardCharsets.ISO_8859_1))
                    .when().post("/partner/v1/edi").then().statusCode(200)
                    .body("interchangeReference", equalTo(reference))
                    .body("messages[0].purchaseOrderStatus", equalTo("CONFIRMED"));
        }
        assertThat(Purchasing.confirmationsOf(id)).as("confirmed once").isEqualTo(1);
        Purchasing.acme().contentType("application/EDIFACT").body(ordrsp.replace("RFF+ON:", "RFF+XX:").replace(reference, reference + "1")
                        .getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/partner/v1/edi").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("UNH 1 (1)"));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> purchaseOrderFor(String productionOrder) {
        List<Map<String, Object>> orders = as("buyer").when().get("/api/supply/purchase-orders?supplierCode=ACME&size=200")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return orders.stream().filter(o -> ((List<Map<String, Object>>) o.get("lines")).stream()
                .flatMap(l -> ((List<Map<String, Object>>) l.get("demands")).stream())
                .anyMatch(d -> productionOrder.equals(d.get("productionOrderNumber")))).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static String bearingExpectedAt(String orderId) {
        List<Map<String, Object>> materials = as("planner").when().get("/api/scheduling/production-orders/{id}", orderId)
                .then().statusCode(200).extract().jsonPath().getList("materials");
        return materials.stream().filter(m -> "BEARING-6204".equals(m.get("itemCode"))).map(m -> (String) m.get("expectedAt"))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
