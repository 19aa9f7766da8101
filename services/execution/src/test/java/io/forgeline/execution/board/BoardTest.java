package io.forgeline.execution.board;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.planned;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.schedule;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class BoardTest {

    @TestHTTPResource("/api/execution/board/stream")
    URI stream;

    @Test
    void a_machine_tile_shows_its_running_job_against_plan_and_the_next_one() {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine));
        ProductionOrderReleased running = order(UUID.randomUUID(), code("MO"), Instant.now().plus(3, ChronoUnit.DAYS), center);
        ProductionOrderReleased next = order(UUID.randomUUID(), code("MO"), Instant.now().plus(4, ChronoUnit.DAYS), center);
        release(running);
        release(next);
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        publish(schedule(machine, center, Instant.now(), planned(running, 10, start, Duration.ofHours(4)),
                planned(next, 10, start.plus(5, ChronoUnit.HOURS), Duration.ofHours(4))));
        as("operator").when().post("/api/execution/operations/" + running.getOrderId() + "/10/start").then().statusCode(200);

        as("planner").queryParam("workCenter", center).when().get("/api/execution/board").then().statusCode(200)
                .body("machines", hasSize(1))
                .body("machines[0].code", equalTo(machine))
                .body("machines[0].status", equalTo("UP"))
                .body("machines[0].current.orderNumber", equalTo(running.getOrderNumber()))
                .body("machines[0].current.status", equalTo("RUNNING"))
                .body("machines[0].current.good", equalTo("0"))
                .body("machines[0].current.expected", equalTo("0"))
                .body("machines[0].current.behind", equalTo(false))
                .body("machines[0].next", hasSize(1))
                .body("machines[0].next[0].orderNumber", equalTo(next.getOrderNumber()))
                .body("machines[0].next[0].expected", nullValue());
    }

    @Test
    void a_breakdown_reaches_a_connected_board_within_two_seconds_naming_the_machine_and_its_state() throws Exception {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?workCenter=" + center))
                .header("Authorization", "Bearer " + Tokens.user("planner")).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> open = response.get(10, TimeUnit.SECONDS);
        assertTrue(open.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        var reader = open.body().iterator();
        // the stream says it is ready before any change
        assertTrue(reader.next().startsWith("event:ready"), "first the ready event");

        var breakdown = jsonAs("operator", "{\"reason\": \"hydraulic leak\"}");
        breakdown.when().post("/api/execution/machines/" + machine + "/breakdown").then().statusCode(200);
        // from the report's answer: the breakdown is committed, what is left is outbox → Kafka → board → screen
        long reported = System.nanoTime();
        String data = null;
        String event = null;
        while (reader.hasNext() && data == null) {
            String line = reader.next();
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && "machine".equals(event)) {
                data = line.substring(5).trim();
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - reported).toMillis();
        System.out.println("breakdown on the board after " + millis + " ms");
        open.body().close();
        assertTrue(data != null && data.contains("\"machineCode\":\"" + machine + "\"") && data.contains("\"status\":\"DOWN\""), data);
        assertTrue(millis < 2_000, "breakdown on the board after " + millis + " ms");
    }
}
