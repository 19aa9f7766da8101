package io.forgeline.execution.dispatch;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.planned;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.schedule;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class PublishedScheduleTest {

    private static final Instant DUE = Instant.parse("2030-01-15T12:00:00Z");
    private static final Instant SOON = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private static JsonPath operation(ProductionOrderReleased order, int sequence) {
        return as("operator").when().get("/api/execution/operations/" + order.getOrderId() + "/" + sequence)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_published_schedule_places_operations_on_machines_and_in_time() {
        String center = code("WC");
        String machine = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center, center);
        release(order);

        publish(schedule(machine, center, Instant.now(),
                planned(order, 10, SOON, Duration.ofHours(1)), planned(order, 20, SOON.plus(Duration.ofHours(1)), Duration.ofHours(1))));

        JsonPath list = as("operator").when().get("/api/execution/work-centers/" + center + "/dispatch-list")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(machine, list.getString("entries[0].machineCode"));
        assertEquals(SOON.toString(), list.getString("entries[0].plannedStart"));
        assertEquals(SOON.plus(Duration.ofHours(1)).toString(), list.getString("entries[0].plannedEnd"));
        assertEquals(SOON.minus(Duration.ofMinutes(30)).toString(), list.getString("entries[0].plannedSetupStart"));
        assertEquals(order.getOrderId(), list.getString("entries[0].orderId"));
        assertEquals(20, list.getInt("entries[1].operationSequence"));
        assertEquals(machine, list.getString("entries[1].machineCode"));
    }

    @Test
    void an_older_schedule_arriving_late_does_not_overwrite_a_newer_plan() {
        String center = code("WC");
        String newer = code("M");
        String older = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center);
        release(order);
        Instant published = Instant.now();

        publish(schedule(newer, center, published, planned(order, 10, SOON, Duration.ofHours(1))));
        publish(schedule(older, center, published.minusSeconds(300), planned(order, 10, SOON.plusSeconds(3600), Duration.ofHours(1))));

        assertEquals(newer, operation(order, 10).getString("machineCode"));
        assertEquals(SOON.toString(), operation(order, 10).getString("plannedStart"));
    }

    @Test
    void a_newer_schedule_moves_an_operation_to_another_machine_and_time() {
        String center = code("WC");
        String first = code("M");
        String second = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center);
        release(order);
        Instant published = Instant.now();

        publish(schedule(first, center, published.minusSeconds(300), planned(order, 10, SOON, Duration.ofHours(1))));
        publish(schedule(second, center, published, planned(order, 10, SOON.plusSeconds(3600), Duration.ofHours(1))));

        assertEquals(second, operation(order, 10).getString("machineCode"));
        assertEquals(SOON.plusSeconds(3600).toString(), operation(order, 10).getString("plannedStart"));
    }

    @Test
    void a_plan_published_before_its_order_arrived_is_applied_when_the_order_comes() {
        String center = code("WC");
        String newer = code("M");
        String older = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center, center);
        Instant published = Instant.now();
        publish(schedule(newer, center, published, planned(order, 10, SOON, Duration.ofHours(1))));
        publish(schedule(older, center, published.minusSeconds(300), planned(order, 10, SOON.plusSeconds(7200), Duration.ofHours(1)),
                planned(order, 20, SOON.plusSeconds(10800), Duration.ofHours(1))));

        release(order);

        assertEquals(newer, operation(order, 10).getString("machineCode"));
        assertEquals(SOON.toString(), operation(order, 10).getString("plannedStart"));
        assertEquals(older, operation(order, 20).getString("machineCode"));
        assertEquals(SOON.plusSeconds(10800).toString(), operation(order, 20).getString("plannedStart"));
    }

    @Test
    void a_schedule_delivered_twice_changes_nothing_the_second_time() {
        String center = code("WC");
        String first = code("M");
        String second = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center);
        ProductionOrderReleased later = order(UUID.randomUUID(), code("MO"), DUE, center);
        release(order);
        Instant published = Instant.now();
        String eventId = UUID.randomUUID().toString();
        MachineSchedulePublished original = schedule(first, center, published, planned(order, 10, SOON, Duration.ofHours(1)),
                planned(later, 10, SOON.plusSeconds(3600), Duration.ofHours(1)));
        publish(original, eventId);
        publish(schedule(second, center, published.plusSeconds(60), planned(order, 10, SOON.plusSeconds(600), Duration.ofHours(1))));

        publish(original, eventId);
        release(later);

        assertEquals(second, operation(order, 10).getString("machineCode"));
        assertEquals(SOON.plusSeconds(600).toString(), operation(order, 10).getString("plannedStart"));
        // the pending plan for the order that came later was parked once and applied once
        assertEquals(first, operation(later, 10).getString("machineCode"));
    }

    @Test
    void a_released_order_delivered_twice_keeps_the_plan_it_got_the_first_time() {
        String center = code("WC");
        String machine = code("M");
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center);
        String eventId = UUID.randomUUID().toString();
        io.forgeline.execution.ShopFloorEvents.deliver(io.forgeline.execution.ShopFloorEvents.ORDERS, order.getOrderId(),
                order.toByteArray(), eventId, io.forgeline.execution.ShopFloorEvents.RELEASED);
        publish(schedule(machine, center, Instant.now(), planned(order, 10, SOON, Duration.ofHours(1))));

        io.forgeline.execution.ShopFloorEvents.deliver(io.forgeline.execution.ShopFloorEvents.ORDERS, order.getOrderId(),
                order.toByteArray(), eventId, io.forgeline.execution.ShopFloorEvents.RELEASED);

        assertEquals(machine, operation(order, 10).getString("machineCode"));
        assertEquals(1, as("operator").when().get("/api/execution/operations/" + order.getOrderId())
                .then().statusCode(200).extract().jsonPath().getList("operationSequence").size());
    }

    @Test
    void a_started_operation_keeps_its_machine_when_a_later_schedule_names_another() {
        String center = code("WC");
        String running = code("M");
        String elsewhere = code("M");
        publish(workCenter(center, 1, Instant.now(), running, elsewhere));
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), DUE, center);
        release(order);
        jsonAs("operator", "{\"machineCode\": \"" + running + "\"}")
                .when().post("/api/execution/operations/" + order.getOrderId() + "/10/start").then().statusCode(200);

        publish(schedule(elsewhere, center, Instant.now(), planned(order, 10, SOON, Duration.ofHours(1))));

        assertEquals(running, operation(order, 10).getString("machineCode"));
        assertEquals(SOON.toString(), operation(order, 10).getString("plannedStart"));
    }
}
