package io.forgeline.systemtests;

import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Purchase orders and ASNs arranged through the gateway, as a buyer and as ACME's system would make them. */
final class Purchasing {

    static final String ITEM = "BEARING-6204";

    private Purchasing() {
    }

    static RequestSpecification buyer() {
        return Plant.as("buyer");
    }

    static RequestSpecification acme() {
        return Plant.asSupplier("supplier-acme", "acme-secret");
    }

    static String order(String quantity, boolean send) {
        return "{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"" + ITEM + "\",\"quantity\":\"" + quantity + "\",\"requestedDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}]" + (send ? "" : ",\"send\":false") + "}";
    }

    /**
     * A buyer's order for ACME: sent (OPEN) or kept as a draft. Supply learns the item master from the items scheduling
     * publishes on its first start: a test that comes first in a fresh suite may have to wait a moment for it.
     */
    static String newOrder(boolean send) {
        String[] id = new String[1];
        Eventually.within(Duration.ofSeconds(30), () -> {
            io.restassured.response.Response answer = buyer().contentType(ContentType.JSON).body(order("40", send))
                    .when().post("/api/supply/purchase-orders");
            if (answer.statusCode() == 422 && answer.asString().contains("is not in the item master")) {
                return false;
            }
            answer.then().statusCode(201);
            id[0] = answer.path("id");
            return true;
        }, "a purchase order for ACME once supply knows " + ITEM);
        return id[0];
    }

    /** A sent order whose line 1 ACME answered with a later day: a counter-proposal waiting for a buyer. */
    static String counterProposed() {
        String id = newOrder(true);
        acme().contentType(ContentType.JSON)
                .body("{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"40\",\"date\":\""
                        + LocalDate.now(ZoneOffset.UTC).plusDays(40) + "\"}]}]}")
                .when().post("/partner/v1/purchase-orders/{id}/confirmation", id).then().statusCode(200);
        return id;
    }

    static String sscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1_000_000_000L)).value();
    }

    /** An ASN of one handling unit with {@code quantity} for line 1 of {@code orderId}. */
    static String asn(String orderId, String quantity) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "{\"asnNumber\":\"ASN-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"shipDate\":\"" + today
                + "\",\"expectedArrival\":\"" + today.plusDays(2) + "T08:00:00Z\",\"handlingUnits\":[{\"sscc\":\"" + sscc()
                + "\",\"lines\":[{\"purchaseOrderId\":\"" + orderId + "\",\"lineNumber\":1,\"itemCode\":\"" + ITEM
                + "\",\"lot\":\"L-1\",\"quantity\":\"" + quantity + "\"}]}]}";
    }

    static String openAsn() {
        return acme().contentType(ContentType.JSON).body(asn(newOrder(true), "10")).when().post("/partner/v1/asns")
                .then().statusCode(201).extract().path("id");
    }

    /** A registration of an endpoint nobody listens on (its deliveries fail and wait): only what the walk needs. */
    static String webhook(String path) {
        return "{\"url\":\"http://127.0.0.1:9/hooks" + path + "\",\"events\":[\"purchase-order.created\"]}";
    }

    static String newWebhook() {
        return acme().contentType(ContentType.JSON).body(webhook("/" + UUID.randomUUID())).when().post("/partner/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    /** A message queued for a fresh endpoint of ACME's (by a new order it listens for). */
    static String webhookDelivery() {
        String endpoint = newWebhook();
        newOrder(true);
        return acme().when().get("/partner/v1/webhooks/{id}/deliveries", endpoint).then().statusCode(200).extract().path("[0].id");
    }

    static int confirmationsOf(String orderId) {
        return acme().when().get("/partner/v1/purchase-orders/{id}", orderId).then().statusCode(200).extract().path("confirmations");
    }

    /** The SSCC of a handling unit a clerk just received at the dock. */
    static String receivedHandlingUnit() {
        String asn = openAsn();
        receivedAtTheDock(asn);
        return acme().when().get("/partner/v1/asns/{id}", asn).then().extract().path("handlingUnits[0].sscc");
    }

    /** The SSCCs of the ASN's handling units, once warehouse expects every one of them at the dock. */
    static java.util.List<String> expectedAtTheDock(String asnId) {
        JsonPath asn = acme().when().get("/partner/v1/asns/{id}", asnId).then().statusCode(200).extract().jsonPath();
        java.util.List<String> ssccs = asn.getList("handlingUnits.sscc");
        for (String sscc : ssccs) {
            Eventually.within(Duration.ofSeconds(30), () -> Plant.as("clerk").queryParam("scan", sscc)
                    .when().get("/api/warehouse/receipts/expected").statusCode() == 200, "the dock expects " + sscc);
        }
        return ssccs;
    }

    /**
     * A clerk receives every handling unit of the ASN at the dock through the gateway, scanning its GS1-128 label as
     * announced, once warehouse expects it; waits until supply, told on warehouse.goods-receipts.v1, has the ASN RECEIVED.
     */
    static void receivedAtTheDock(String asnId) {
        for (String sscc : expectedAtTheDock(asnId)) {
            Plant.as("clerk").contentType(ContentType.JSON).body(Map.of("scan", "]C100" + sscc))
                    .when().post("/api/warehouse/receipts").then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("QUARANTINE"));
        }
        Eventually.within(Duration.ofSeconds(30), () -> "RECEIVED".equals(acme().when().get("/partner/v1/asns/{id}", asnId).then()
                .extract().path("status")), "ASN " + asnId + " received");
    }
}
