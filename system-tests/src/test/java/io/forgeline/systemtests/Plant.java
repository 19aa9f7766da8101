package io.forgeline.systemtests;

import static io.restassured.RestAssured.given;

import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;

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

    static List<String> ordersAt(String workCenter) {
        return as("operator").when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list")
                .then().extract().jsonPath().getList("entries.orderNumber");
    }

    static int orderCount() {
        return as("planner").queryParam("limit", 1000).when().get("/api/scheduling/production-orders")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    static void eventually(Duration limit, BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
