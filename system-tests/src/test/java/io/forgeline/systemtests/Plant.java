package io.forgeline.systemtests;

import static io.restassured.RestAssured.given;

import io.forgeline.testing.Eventually;
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

    /**
     * A gearbox of a test's own on the floor: made at CNC-01 from one shaft and two bearings, ten bearings (lot LB-run)
     * staged at CNC-01 and ten shafts (lot LS-run) lying in storage, two gearboxes released; returns the order's id once
     * its operation 10 is on the floor.
     */
    static String gearboxOrderOnTheFloor(String gearbox, String shaft, String bearing, String run) {
        item(shaft, "MAKE");
        item(bearing, "BUY");
        item(gearbox, "MAKE");
        put("/api/scheduling/items/" + gearbox + "/routing", "[{\"sequence\":10,\"workCenterCode\":\"CNC-01\",\"description\":\"Assemble\","
                + "\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\",\"machines\":[{\"machineCode\":\"CNC-01-M1\",\"setupMinutes\":5,"
                + "\"runMinutesPerUnit\":\"1\"}]}]");
        put("/api/scheduling/items/" + gearbox + "/bom", "[{\"componentCode\":\"" + shaft + "\",\"quantityPer\":\"1\",\"operationSequence\":10},"
                + "{\"componentCode\":\"" + bearing + "\",\"quantityPer\":\"2\"}]");
        as("admin").contentType(ContentType.JSON).body("{\"lines\":[" + line(bearing, "LB-" + run, "ST-CNC-01", "10") + ","
                + line(shaft, "LS-" + run, "A-01-01", "10") + "]}").when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        String order = release(as("planner"), order(gearbox, "2")).then().statusCode(201).extract().path("id");
        Eventually.within(Eventually.EVENT_APPLIED,
                () -> as("operator").when().get("/api/execution/operations/" + order + "/10").then().extract().statusCode() == 200,
                "operation 10 of " + order + " on the floor");
        return order;
    }
}
