package io.forgeline.execution.progress;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.planned;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.schedule;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OperationProgressTest {

    private static final String TOPIC = "execution.operation-progress.v1";
    private static final String STARTED = "io.forgeline.execution.operation.started.v1";
    private static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";

    private static ValidatableResponse start(FloorOrder order, int sequence) {
        return as("operator").when().post(order.path(sequence) + "/start").then();
    }

    private static ValidatableResponse startOn(FloorOrder order, int sequence, String machine) {
        return jsonAs("operator", "{\"machineCode\": \"" + machine + "\"}").when().post(order.path(sequence) + "/start").then();
    }

    private static ValidatableResponse complete(FloorOrder order, int sequence, String goodQuantity) {
        return jsonAs("operator", "{\"goodQuantity\": " + goodQuantity + "}").when().post(order.path(sequence) + "/complete").then();
    }

    private static ConsumerRecord<String, byte[]> event(FloorOrder order, String type, int sequence) {
        String orderId = order.released().getOrderId();
        return KafkaProbe.await(TOPIC, r -> orderId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))
                        && sequenceOf(r, type) == sequence, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError(type + " of operation " + sequence + " not on " + TOPIC));
    }

    private static int sequenceOf(ConsumerRecord<String, byte[]> record, String type) {
        try {
            return type.equals(STARTED) ? OperationStarted.parseFrom(record.value()).getOperationSequence()
                    : OperationCompleted.parseFrom(record.value()).getOperationSequence();
        } catch (InvalidProtocolBufferException e) {
            return -1;
        }
    }

    @Test
    void starting_and_completing_every_operation_publishes_progress_and_the_last_completion_completes_the_order()
            throws Exception {
        FloorOrder order = FloorOrder.onTheFloor();
        startOn(order, 10, order.machines()[0]).statusCode(200).body("status", equalTo("RUNNING"))
                .body("machineCode", equalTo(order.machines()[0])).body("startedBy", equalTo("operator"));
        complete(order, 10, "48").statusCode(200).body("status", equalTo("DONE")).body("goodQuantity", equalTo("48"));
        start(order, 20).statusCode(200);
        complete(order, 20, "47.5").statusCode(200);
        start(order, 30).statusCode(200);
        complete(order, 30, "47").statusCode(200);

        OperationStarted started = OperationStarted.parseFrom(event(order, STARTED, 10).value());
        assertEquals(order.released().getOrderNumber(), started.getOrderNumber());
        assertEquals(order.workCenters()[0], started.getWorkCenterCode());
        assertEquals(order.machines()[0], started.getMachineCode());
        assertEquals("operator", started.getStartedBy());
        OperationCompleted first = OperationCompleted.parseFrom(event(order, COMPLETED, 10).value());
        assertFalse(first.getOrderCompleted());
        assertEquals("48", first.getGoodQuantity().getAmount());
        assertEquals("PCE", first.getGoodQuantity().getUnit());
        OperationCompleted last = OperationCompleted.parseFrom(event(order, COMPLETED, 30).value());
        assertTrue(last.getOrderCompleted());
        assertEquals("operator", last.getCompletedBy());
        assertEquals("47", last.getGoodQuantity().getAmount());

        as("planner").when().get(order.path(20)).then().statusCode(200)
                .body("status", equalTo("DONE")).body("goodQuantity", equalTo("47.5"))
                .body("startedAt", notNullValue()).body("completedBy", equalTo("operator")).body("completedAt", notNullValue());
        as("operator").when().get("/api/execution/work-centers/" + order.workCenters()[2] + "/dispatch-list")
                .then().statusCode(200).body("entries.size()", equalTo(0));
    }

    @Test
    void completing_the_last_operation_reports_its_good_quantity_as_the_orders_finished_lot() throws Exception {
        FloorOrder order = FloorOrder.onTheFloor();
        for (int sequence : new int[] {10, 20}) {
            start(order, sequence).statusCode(200);
            complete(order, sequence, "48").statusCode(200).body("outputLot", nullValue());
        }
        start(order, 30).statusCode(200);
        String lot = complete(order, 30, "46").statusCode(200).body("outputLot", startsWith("FL-")).extract().path("outputLot");

        String orderId = order.released().getOrderId();
        ConsumerRecord<String, byte[]> record = KafkaProbe.await("execution.production-output.v1", r -> orderId.equals(r.key()),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no ProductionOutputReported for " + orderId));
        assertEquals("io.forgeline.execution.production-output-reported.v1", KafkaProbe.header(record, "ce_type"));
        ProductionOutputReported output = ProductionOutputReported.parseFrom(record.value());
        assertEquals(lot, output.getLot());
        assertEquals("GEARBOX-A", output.getItemCode());
        assertEquals("46", output.getQuantity().getAmount());
        assertEquals(30, output.getOperationSequence());
        assertEquals(order.workCenters()[2], output.getWorkCenterCode());
        assertEquals("operator", output.getReportedBy());
    }

    @Test
    void completing_a_queued_operation_is_refused() {
        FloorOrder order = FloorOrder.onTheFloor();
        complete(order, 10, "5").statusCode(409).contentType("application/problem+json").body("detail", containsString("QUEUED"));
        as("operator").when().get(order.path(10)).then().body("status", equalTo("QUEUED"));
    }

    @Test
    void starting_a_running_or_done_operation_is_refused() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200);
        start(order, 10).statusCode(409).body("detail", containsString("RUNNING"));
        complete(order, 10, "50").statusCode(200);
        start(order, 10).statusCode(409).body("detail", containsString("DONE"));
        complete(order, 10, "50").statusCode(409);
    }

    @Test
    void an_operation_waits_until_the_one_before_it_has_started() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 20).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(order.released().getOrderNumber() + " operation 10 is still QUEUED"));
        start(order, 10).statusCode(200);
        start(order, 30).statusCode(422).body("detail", containsString("operation 20 is still QUEUED"));
        // overlap: the next operation may start while the one before it still runs
        start(order, 20).statusCode(200).body("status", equalTo("RUNNING"));
        as("operator").when().get(order.path(10)).then().body("status", equalTo("RUNNING"));
    }

    @Test
    void a_machine_the_plant_model_does_not_know_is_refused_naming_the_field() {
        FloorOrder order = FloorOrder.onTheFloor();
        startOn(order, 10, code("NOPE")).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("machineCode")).body("detail", containsString("not in the plant model"));
        as("operator").when().get(order.path(10)).then().body("status", equalTo("QUEUED"));
    }

    @Test
    void a_machine_of_another_work_center_is_refused() {
        FloorOrder order = FloorOrder.onTheFloor();
        startOn(order, 10, order.machines()[1]).statusCode(422).body("errors[0].field", equalTo("machineCode"))
                .body("detail", containsString("belongs to work center " + order.workCenters()[1]));
    }

    @Test
    void an_operation_cannot_start_on_a_machine_that_is_down() {
        FloorOrder order = FloorOrder.onTheFloor();
        jsonAs("operator", "{\"reason\": \"hydraulics\"}").when().post("/api/execution/machines/" + order.machines()[0] + "/breakdown")
                .then().statusCode(200);
        startOn(order, 10, order.machines()[0]).statusCode(422).body("errors[0].field", equalTo("machineCode"))
                .body("detail", containsString("is down (hydraulics)"));
    }

    @Test
    void without_a_machine_the_operation_starts_where_the_published_schedule_placed_it() throws Exception {
        FloorOrder order = FloorOrder.onTheFloor();
        publish(schedule(order.machines()[0], order.workCenters()[0], Instant.now(),
                planned(order.released(), 10, Instant.now().plusSeconds(600), Duration.ofHours(2))));

        jsonAs("operator", "{}").when().post(order.path(10) + "/start")
                .then().statusCode(200).body("machineCode", equalTo(order.machines()[0]));
        assertEquals(order.machines()[0], OperationStarted.parseFrom(event(order, STARTED, 10).value()).getMachineCode());
    }

    @Test
    void a_good_quantity_is_required_and_never_negative() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200);
        complete(order, 10, "-1").statusCode(400).body("errors[0].field", equalTo("goodQuantity"));
        complete(order, 10, "\"lots\"").statusCode(400).body("errors[0].field", equalTo("goodQuantity"));
        jsonAs("operator", "{}").when().post(order.path(10) + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("goodQuantity"));
        as("operator").when().get(order.path(10)).then().body("status", equalTo("RUNNING"));
        complete(order, 10, "0").statusCode(200).body("goodQuantity", equalTo("0"));
    }

    @Test
    void a_retried_start_with_the_same_idempotency_key_answers_like_the_first() {
        FloorOrder order = FloorOrder.onTheFloor();
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            as("operator").header("Idempotency-Key", key).when().post(order.path(10) + "/start")
                    .then().statusCode(200).body("status", equalTo("RUNNING"));
        }
        String completion = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            jsonAs("operator", "{\"goodQuantity\": 50}").header("Idempotency-Key", completion)
                    .when().post(order.path(10) + "/complete").then().statusCode(200).body("status", equalTo("DONE"));
        }
    }

    @Test
    void an_operation_that_does_not_exist_is_not_found() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 99).statusCode(404).contentType("application/problem+json");
        as("operator").when().post("/api/execution/operations/" + UUID.randomUUID() + "/10/start").then().statusCode(404);
    }

    @Test
    void a_warehouse_clerk_cannot_start_operations() {
        FloorOrder order = FloorOrder.onTheFloor();
        as("clerk").when().post(order.path(10) + "/start").then().statusCode(403).contentType("application/problem+json");
        as("operator").when().get(order.path(10)).then().body("status", equalTo("QUEUED"));
    }
}
