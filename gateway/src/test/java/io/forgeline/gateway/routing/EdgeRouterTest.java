package io.forgeline.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstream.class)
class EdgeRouterTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void a_request_without_a_token_gets_a_401_problem() {
        given().when().get("/api/scheduling/production-orders")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/scheduling/production-orders"));
    }

    @Test
    void a_terminal_sign_in_passes_without_a_token_and_nothing_else_does() {
        given().contentType(ContentType.JSON).body("{\"badge\":\"B-10001\"}")
                .when().post("/api/execution/terminal-sessions")
                .then().statusCode(200)
                .body("uri", equalTo("/api/execution/terminal-sessions"))
                .body("authorized", equalTo(false));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/execution/terminal-sessions/sign-out")
                .then().statusCode(200);
        // only POST, only these exact paths
        given().when().get("/api/execution/terminal-sessions").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/execution/terminal-sessions/x")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/execution/terminals/T-1/start")
                .then().statusCode(401);
    }

    @Test
    void a_forged_token_gets_a_401_problem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .when().get("/api/scheduling/production-orders")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_operator_may_read_but_not_release_production_orders() {
        given().auth().oauth2(Tokens.user("operator")).when().get("/api/scheduling/production-orders")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.user("operator")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/scheduling/production-orders")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("this needs one of the roles admin, planner"));
    }

    @Test
    void a_proxied_request_carries_request_id_trace_context_token_and_body() {
        Response response = given().auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON)
                .header("X-Request-Id", "terminal-4711-retry-1")
                .body("{\"itemCode\":\"GEARBOX-A\"}")
                .when().post("/api/scheduling/production-orders?dryRun=true");

        response.then().statusCode(200)
                .header("X-Request-Id", "terminal-4711-retry-1")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/scheduling/production-orders?dryRun=true"))
                .body("requestId", equalTo("terminal-4711-retry-1"))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"))
                .body("authorized", equalTo(true))
                .body("bodyLength", equalTo(24));
    }

    @Test
    void the_upstream_learns_the_client_address_the_gateway_determined_not_what_the_client_claimed() {
        // this machine is a trusted proxy in these tests: the rightmost address it forwards is the client
        given().auth().oauth2(Tokens.user("planner"))
                .header("X-Forwarded-For", "6.6.6.6, 203.0.113.200")
                .when().get("/api/scheduling/production-orders")
                .then().statusCode(200)
                .body("forwardedFor", equalTo("203.0.113.200"));
    }

    @Test
    void every_response_gets_a_request_id_even_when_the_caller_sent_none() {
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/stock")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    @Test
    void an_unknown_api_is_a_404_problem() {
        given().auth().oauth2(Tokens.user("planner")).when().get("/api/nowhere/at-all")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_upstream_that_is_down_is_a_502_problem() {
        given().auth().oauth2(Tokens.user("inspector")).when().get("/api/quality/inspection-plans")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad gateway"));
    }

    @Test
    void an_upstream_that_answers_too_late_is_a_504_problem() {
        given().auth().oauth2(Tokens.user("operator")).when().get("/api/execution/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Gateway timeout"));
    }

    @Test
    void server_sent_events_pass_through_as_they_come_even_when_further_apart_than_the_upstream_timeout() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/scheduling/schedules/s-1/progress"))
                .header("Authorization", "Bearer " + Tokens.user("planner"))
                .build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        List<Long> arrivals = new ArrayList<>();
        List<String> events = new ArrayList<>();
        long began = System.nanoTime();
        response.body().filter(line -> line.startsWith("event:")).forEach(line -> {
            events.add(line);
            arrivals.add((System.nanoTime() - began) / 1_000_000);
        });

        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of("event: progress", "event: progress", "event: done"), events);
        assertTrue(arrivals.get(2) - arrivals.get(0) >= 2_500,
                "the first event reached the caller when it was sent, not when the stream ended: " + arrivals);
    }

    @Test
    void the_terminal_page_is_served_at_the_root() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("Forgeline"));
    }
}
