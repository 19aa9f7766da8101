package io.forgeline.execution.downtime;

import static io.forgeline.execution.EdgeGateway.ago;
import static io.forgeline.execution.EdgeGateway.report;
import static io.forgeline.execution.EdgeGateway.state;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class DowntimeTest {

    private static String[] machine() {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine));
        return new String[] {center, machine};
    }

    /** A machine with an operation of a released order planned on it. */
    private static String[] machineWithWork() {
        String[] m = machine();
        ProductionOrderReleased order = order(UUID.randomUUID(), code("MO"), Instant.now().plus(Duration.ofDays(3)), m[0]);
        release(order);
        publish(schedule(m[1], m[0], Instant.now(), planned(order, 10, Instant.now().plus(Duration.ofHours(1)), Duration.ofHours(1))));
        return m;
    }

    private static JsonPath downtimes(String machine) {
        return as("operator").queryParam("machine", machine).when().get("/api/execution/downtimes").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath machineView(String machine) {
        return as("operator").when().get("/api/execution/machines/" + machine).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_stop_opens_a_downtime_that_running_again_ends() {
        String m = machine()[1];
        Instant t = ago(10);
        report(m, state(t, "DOWN", "E17"), state(t.plusSeconds(2), "RUNNING", null), state(t.plusSeconds(3), "DOWN", null)).statusCode(200);

        JsonPath found = downtimes(m);
        assertEquals(List.of(t.plusSeconds(3).toString(), t.toString()), found.getList("startedAt"));
        assertEquals(List.of(true, false), found.getList("open"));
        assertEquals(t.plusSeconds(2).toString(), found.getString("[1].endedAt"));
        assertEquals("E17", found.getString("[1].stopCode"));
        as("operator").queryParam("machine", m).queryParam("open", "true").when().get("/api/execution/downtimes")
                .then().body("size()", equalTo(1));
    }

    @Test
    void the_operator_classifies_a_downtime_with_an_active_downtime_reason_and_the_pareto_sums_by_reason() {
        String m = machine()[1];
        Instant t = ago(60);
        report(m, state(t, "DOWN", "E17"), state(t.plusSeconds(30), "RUNNING", null), state(t.plusSeconds(40), "DOWN", "E22"),
                state(t.plusSeconds(52), "IDLE", null)).statusCode(200);
        String first = downtimes(m).getString("find { it.stopCode == 'E17' }.id");

        jsonAs("operator", "{\"reasonCode\":\"no_material\"}").when().put("/api/execution/downtimes/" + first + "/reason")
                .then().statusCode(200).body("reasonCode", equalTo("NO_MATERIAL")).body("reasonName", equalTo("No material"))
                .body("reasonNameZh", equalTo("缺料")).body("classifiedBy", equalTo("operator"));
        jsonAs("operator", "{\"reasonCode\":\"COFFEE\"}").when().put("/api/execution/downtimes/" + first + "/reason")
                .then().statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        jsonAs("operator", "{\"reasonCode\":\"NO_MATERIAL\"}").when().put("/api/execution/downtimes/" + UUID.randomUUID() + "/reason")
                .then().statusCode(404);
        jsonAs("operator", "{}").when().put("/api/execution/downtimes/" + first + "/reason").then().statusCode(400);

        as("planner").queryParam("machine", m).queryParam("from", t.minusSeconds(10).toString()).queryParam("to", ago(0).toString())
                .when().get("/api/execution/downtimes/pareto").then().statusCode(200)
                .body("buckets.by", equalTo(List.of("REASON", "STOP_CODE")))
                .body("buckets.code", equalTo(List.of("NO_MATERIAL", "E22")))
                .body("buckets.minutes", equalTo(List.of(0.5f, 0.2f)))
                .body("buckets.count", equalTo(List.of(1, 1)))
                .body("buckets[0].name", equalTo("No material"));
        as("planner").queryParam("from", "then").queryParam("machine", m).when().get("/api/execution/downtimes/pareto").then().statusCode(400);
        as("planner").when().get("/api/execution/downtimes/pareto").then().statusCode(400).body("errors[0].field", equalTo("machine"));
    }

    @Test
    void a_stop_of_a_machine_with_planned_work_becomes_a_breakdown_that_running_again_repairs() {
        String idle = machine()[1];
        String busy = machineWithWork()[1];
        report(idle, state(ago(0), "DOWN", "E9")).statusCode(200);
        report(busy, state(ago(0), "DOWN", "E42")).statusCode(200);

        Eventually.within(Duration.ofSeconds(20), () -> "DOWN".equals(machineView(busy).getString("status")), busy + " broken down");
        JsonPath broken = machineView(busy);
        assertEquals("machine stop E42", broken.getString("reason"));
        assertEquals("machine:" + busy, broken.getString("reportedBy"));
        assertEquals("REPORTED", downtimes(busy).getString("[0].breakdown"));
        // checked in the same rounds: a machine with nothing planned stops without a breakdown
        assertEquals("UP", machineView(idle).getString("status"));

        report(busy, state(ago(0), "RUNNING", null)).statusCode(200);
        Eventually.within(Duration.ofSeconds(20), () -> "UP".equals(machineView(busy).getString("status")), busy + " repaired");
        assertEquals("REPAIRED", downtimes(busy).getString("[0].breakdown"));
    }

    @Test
    void a_breakdown_a_person_reported_is_left_to_people() {
        String busy = machineWithWork()[1];
        jsonAs("operator", "{\"reason\":\"spindle noise\"}").when().post("/api/execution/machines/" + busy + "/breakdown").then().statusCode(200);
        report(busy, state(ago(0), "DOWN", "E42")).statusCode(200);

        Eventually.within(Duration.ofSeconds(20), () -> "LEFT".equals(downtimes(busy).getString("[0].breakdown")), busy + " left to people");
        report(busy, state(ago(0), "RUNNING", null)).statusCode(200);
        assertEquals("DOWN", machineView(busy).getString("status"));
        assertEquals("spindle noise", machineView(busy).getString("reason"));
    }
}
