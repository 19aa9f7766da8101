package io.forgeline.execution.machines;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.MachineStatusChanged;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class MachineBreakdownTest {

    private static final String TOPIC = "execution.machine-status.v1";
    private static final String STATUS_CHANGED = "io.forgeline.execution.machine.status-changed.v1";

    /** A machine of a fresh work center, known to execution. */
    private static String[] machine() {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine));
        return new String[] {center, machine};
    }

    private static MachineStatusChanged published(String machine, String status) {
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(TOPIC,
                r -> machine.equals(r.key()) && STATUS_CHANGED.equals(KafkaProbe.header(r, "ce_type")) && parse(r).getStatus().equals(status),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(status + " of " + machine + " not on " + TOPIC));
        return parse(record);
    }

    private static MachineStatusChanged parse(ConsumerRecord<String, byte[]> record) {
        try {
            return MachineStatusChanged.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_breakdown_is_published_and_shown_on_the_machine_board() {
        String[] m = machine();
        Instant expectedUp = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        jsonAs("operator", "{\"reason\": \"spindle bearing seized\", \"expectedUpAt\": \"" + expectedUp + "\"}")
                .when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(200).body("status", equalTo("DOWN")).body("reason", equalTo("spindle bearing seized"))
                .body("reportedBy", equalTo("operator"));

        MachineStatusChanged event = published(m[1], "DOWN");
        assertEquals(m[0], event.getWorkCenterCode());
        assertEquals("spindle bearing seized", event.getReason());
        assertEquals(expectedUp, Instant.parse(event.getExpectedUpAt()));
        assertEquals("operator", event.getReportedBy());
        as("planner").queryParam("workCenter", m[0]).when().get("/api/execution/machines")
                .then().statusCode(200).body("[0].status", equalTo("DOWN")).body("[0].expectedUpAt", equalTo(expectedUp.toString()));
    }

    @Test
    void a_repair_brings_the_machine_back_up_and_says_so() {
        String[] m = machine();
        jsonAs("operator", "{\"reason\": \"coolant leak\"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(200);
        as("operator").when().post("/api/execution/machines/" + m[1] + "/repair")
                .then().statusCode(200).body("status", equalTo("UP"));

        MachineStatusChanged event = published(m[1], "UP");
        assertEquals("", event.getExpectedUpAt());
        assertEquals(m[0], event.getWorkCenterCode());
        as("operator").when().get("/api/execution/machines/" + m[1]).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void a_breakdown_without_an_expected_end_is_open_ended() {
        String[] m = machine();
        jsonAs("operator", "{\"reason\": \"no idea yet\"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(200);

        assertEquals("", published(m[1], "DOWN").getExpectedUpAt());
    }

    @Test
    void breaking_a_broken_machine_is_refused() {
        String[] m = machine();
        jsonAs("operator", "{\"reason\": \"coolant leak\"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(200);
        jsonAs("operator", "{\"reason\": \"still leaking\"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already down"));
    }

    @Test
    void repairing_a_machine_that_runs_is_refused() {
        String[] m = machine();
        as("operator").when().post("/api/execution/machines/" + m[1] + "/repair")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("not down"));
    }

    @Test
    void a_breakdown_needs_a_reason_and_a_future_expected_end() {
        String[] m = machine();
        jsonAs("operator", "{\"reason\": \" \"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        jsonAs("operator", "{\"reason\": \"jam\", \"expectedUpAt\": \"" + Instant.now().minusSeconds(60) + "\"}")
                .when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(400).body("errors[0].field", equalTo("expectedUpAt"));
        jsonAs("operator", "{\"reason\": \"jam\", \"expectedUpAt\": \"tomorrow\"}")
                .when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(400).body("errors[0].field", equalTo("expectedUpAt"));
        as("operator").when().get("/api/execution/machines/" + m[1]).then().body("status", equalTo("UP"));
    }

    @Test
    void a_machine_the_plant_model_does_not_know_cannot_break_down() {
        jsonAs("operator", "{\"reason\": \"jam\"}").when().post("/api/execution/machines/" + code("NOPE") + "/breakdown")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_retried_breakdown_with_the_same_idempotency_key_is_reported_once() {
        String[] m = machine();
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            jsonAs("operator", "{\"reason\": \"jam\"}").header("Idempotency-Key", key)
                    .when().post("/api/execution/machines/" + m[1] + "/breakdown")
                    .then().statusCode(200).body("status", equalTo("DOWN"));
        }
        jsonAs("operator", "{\"reason\": \"another jam\"}").header("Idempotency-Key", key)
                .when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(422);
    }

    @Test
    void a_warehouse_clerk_cannot_report_breakdowns() {
        String[] m = machine();
        jsonAs("clerk", "{\"reason\": \"jam\"}").when().post("/api/execution/machines/" + m[1] + "/breakdown")
                .then().statusCode(403).contentType("application/problem+json");
        assertTrue(as("operator").when().get("/api/execution/machines/" + m[1]).then().extract().path("status").equals("UP"));
    }
}
