package io.forgeline.execution.dispatch;

import static io.forgeline.execution.ShopFloorEvents.cancel;
import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.planned;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.schedule;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scheduling cancels a production order: the shop floor stops offering its operations and refuses to run them. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OrderCancellationTest {

    /** A released order of two operations, each at a fresh work center with one machine. */
    private record Floor(ProductionOrderReleased order, String[] workCenters, String[] machines) {

        String operation(int sequence) {
            return "/api/execution/operations/" + order.getOrderId() + "/" + sequence;
        }
    }

    private static Floor floor() {
        String[] centers = {code("WC"), code("WC")};
        String[] machines = {code("M"), code("M")};
        for (int i = 0; i < centers.length; i++) {
            publish(workCenter(centers[i], 1, Instant.now(), machines[i]));
        }
        return new Floor(order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-15T12:00:00Z"), centers), centers, machines);
    }

    private static List<String> ordersAt(String workCenter) {
        return as("operator").when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list")
                .then().statusCode(200).extract().jsonPath().getList("entries.orderNumber");
    }

    @Test
    void a_cancelled_order_leaves_every_dispatch_list_and_starting_it_is_a_conflict_that_says_so() {
        Floor floor = floor();
        release(floor.order());
        assertTrue(ordersAt(floor.workCenters()[0]).contains(floor.order().getOrderNumber()));

        cancel(floor.order());

        assertFalse(ordersAt(floor.workCenters()[0]).contains(floor.order().getOrderNumber()));
        assertFalse(ordersAt(floor.workCenters()[1]).contains(floor.order().getOrderNumber()));
        as("operator").when().post(floor.operation(10) + "/start").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("production order " + floor.order().getOrderNumber() + " was cancelled by planner"));
        as("operator").when().get(floor.operation(10)).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void a_released_event_replayed_after_the_cancellation_does_not_bring_the_order_back() {
        Floor floor = floor();
        release(floor.order());
        cancel(floor.order());

        release(floor.order()); // the same order again, under a new event id: a replay of the topic

        assertFalse(ordersAt(floor.workCenters()[0]).contains(floor.order().getOrderNumber()));
        as("operator").when().get(floor.operation(10)).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void a_cancellation_that_overtakes_the_release_keeps_the_order_off_the_lists() {
        Floor floor = floor();
        cancel(floor.order());

        release(floor.order());

        assertFalse(ordersAt(floor.workCenters()[0]).contains(floor.order().getOrderNumber()));
        as("operator").when().get("/api/execution/operations/" + floor.order().getOrderId()).then().statusCode(404);
        as("operator").when().post(floor.operation(10) + "/start").then().statusCode(409)
                .body("detail", containsString(floor.order().getOrderNumber() + " was cancelled"));
    }

    @Test
    void an_operation_running_when_the_cancellation_arrives_is_cancelled_too_and_cannot_be_completed() {
        Floor floor = floor();
        release(floor.order());
        jsonAs("operator", "{\"machineCode\": \"" + floor.machines()[0] + "\"}").when().post(floor.operation(10) + "/start")
                .then().statusCode(200).body("status", equalTo("RUNNING"));

        cancel(floor.order());

        jsonAs("operator", "{\"goodQuantity\": 50}").when().post(floor.operation(10) + "/complete").then().statusCode(409)
                .body("detail", containsString("was cancelled"));
        as("planner").when().get(floor.operation(10)).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("startedBy", equalTo("operator"))
                .body("machineCode", equalTo(floor.machines()[0]));
        assertFalse(ordersAt(floor.workCenters()[0]).contains(floor.order().getOrderNumber()));
    }

    @Test
    void a_schedule_published_before_the_cancellation_reached_execution_places_nothing() {
        Floor floor = floor();
        release(floor.order());
        cancel(floor.order());

        publish(schedule(floor.machines()[0], floor.workCenters()[0], Instant.now(),
                planned(floor.order(), 10, Instant.now().plus(Duration.ofHours(1)), Duration.ofHours(2))));

        as("operator").when().get(floor.operation(10)).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("plannedStart", equalTo(null));
    }
}
