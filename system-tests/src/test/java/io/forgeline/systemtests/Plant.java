package io.forgeline.systemtests;

import static io.restassured.RestAssured.given;

import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What people at the demo plant do, through the gateway of the running suite. */
final class Plant {

    private Plant() {
    }

    static RequestSpecification as(String user) {
        return given().baseUri(Suite.get().gateway()).auth().oauth2(Tokens.user(user));
    }

    static RequestSpecification asSupplier(String clientId, String secret) {
        return given().baseUri(Suite.get().gateway()).auth().oauth2(Tokens.client(clientId, secret));
    }

    static RequestSpecification anonymous() {
        return given().baseUri(Suite.get().gateway());
    }

    static String order(String itemCode, String quantity) {
        String due = Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"itemCode\":\"" + itemCode + "\",\"quantity\":\"" + quantity + "\",\"dueDate\":\"" + due + "\"}";
    }

    static Response release(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body).when().post("/api/scheduling/production-orders");
    }

    /**
     * Order ids, not numbers: the suite's databases are fresh each run, so MO-000001 comes again, while
     * the broker keeps earlier runs' events.
     */
    static List<String> orderIdsAt(String workCenter) {
        return as("operator").when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list")
                .then().extract().jsonPath().getList("entries.orderId");
    }

    static int orderCount() {
        return as("planner").queryParam("limit", 1000).when().get("/api/scheduling/production-orders")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** An item of the test's own in scheduling's item master (a bought one from ACME), which every service learns. */
    static void item(String code, String makeOrBuy) {
        as("planner").contentType(ContentType.JSON).body("{\"description\":\"" + code + " of a system test\",\"unit\":\"PCE\","
                + "\"makeOrBuy\":\"" + makeOrBuy + "\"" + ("BUY".equals(makeOrBuy) ? ",\"supplierCode\":\"ACME\"" : "") + "}")
                .when().put("/api/scheduling/items/" + code).then().statusCode(201);
    }

    /** A planner's PUT of master data (a routing, a BOM). */
    static void put(String path, String body) {
        as("planner").contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(200);
    }

    /** A line of warehouse's opening balances: so many available pieces of a lot in a bin. */
    static String line(String item, String lot, String bin, String quantity) {
        return "{\"itemCode\":\"" + item + "\",\"lot\":\"" + lot + "\",\"location\":\"" + bin + "\",\"quantity\":\"" + quantity
                + "\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"}";
    }
}
