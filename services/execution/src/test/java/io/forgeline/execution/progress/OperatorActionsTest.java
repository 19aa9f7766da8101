package io.forgeline.execution.progress;

import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Parser;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationPaused;
import io.forgeline.contracts.execution.v1.OperationResumed;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.execution.v1.QuantityReported;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Pause with a reason, resume, partial reports with scrap and rework, time per operator, and the terminal as the place. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OperatorActionsTest {

    private static final String TOPIC = "execution.operation-progress.v1";
    private static final String TERMINAL = "X-Forgeline-Terminal";

    private static ValidatableResponse post(String user, FloorOrder order, int sequence, String action, String body) {
        return (body == null ? as(user) : jsonAs(user, body)).when().post(order.path(sequence) + "/" + action).then();
    }

    private static ValidatableResponse atTerminal(String terminal, FloorOrder order, int sequence, String action, String body) {
        return (body == null ? as("operator") : jsonAs("operator", body)).header(TERMINAL, terminal)
                .when().post(order.path(sequence) + "/" + action).then();
    }

    private static ValidatableResponse start(FloorOrder order, int sequence) {
        return post("operator", order, sequence, "start", null);
    }

    private static ValidatableResponse pause(FloorOrder order, int sequence, String reason) {
        return post("operator", order, sequence, "pause", "{\"reasonCode\":\"" + reason + "\"}");
    }

    private static ValidatableResponse report(FloorOrder order, int sequence, String body) {
        return post("operator", order, sequence, "reports", body);
    }

    private static ValidatableResponse view(FloorOrder order, int sequence) {
        return as("operator").when().get(order.path(sequence)).then().statusCode(200);
    }

    /** The first event of {@code type} on the order's operation that matches. */
    private static <T> T event(FloorOrder order, String type, Parser<T> parser, Predicate<T> which) {
        return KafkaProbe.await(TOPIC, r -> order.orderId().equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))
                        && which.test(parse(parser, r)), Duration.ofSeconds(30))
                .map(r -> parse(parser, r))
                .orElseThrow(() -> new AssertionError(type + " of " + order.released().getOrderNumber() + " not on " + TOPIC));
    }

    private static <T> T parse(Parser<T> parser, ConsumerRecord<String, byte[]> record) {
        try {
            return parser.parseFrom(record.value());
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not a " + parser + ": " + e.getMessage(), e);
        }
    }

    private static List<QuantityReported> reportsOf(FloorOrder order, int sequence) {
        return KafkaProbe.all(TOPIC).stream()
                .filter(r -> order.orderId().equals(r.key())
                        && "io.forgeline.execution.quantity-reported.v1".equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> parse(QuantityReported.parser(), r))
                .filter(q -> q.getOperationSequence() == sequence)
                .toList();
    }

    @Test
    void a_running_operation_pauses_for_a_reason_and_resumes_each_published_with_the_terminal() {
        FloorOrder order = FloorOrder.onTheFloor();
        atTerminal("T-CNC-01", order, 10, "start", "{\"machineCode\":\"" + order.machines()[0] + "\"}").statusCode(200)
                .body("pauseReasonCode", nullValue());

        atTerminal("T-CNC-01", order, 10, "pause", "{\"reasonCode\":\"TOOL\"}").statusCode(200)
                .body("status", equalTo("PAUSED")).body("pauseReasonCode", equalTo("TOOL"));
        view(order, 10).body("status", equalTo("PAUSED")).body("pauseReasonCode", equalTo("TOOL"));
        atTerminal("T-CNC-02", order, 10, "resume", null).statusCode(200)
                .body("status", equalTo("RUNNING")).body("pauseReasonCode", nullValue()).body("machineCode", equalTo(order.machines()[0]));

        OperationStarted started = event(order, ProgressEvents.STARTED, OperationStarted.parser(), e -> e.getOperationSequence() == 10);
        assertEquals("T-CNC-01", started.getTerminal());
        OperationPaused paused = event(order, ProgressEvents.PAUSED, OperationPaused.parser(), e -> e.getOperationSequence() == 10);
        assertEquals("TOOL", paused.getReasonCode());
        assertEquals("operator", paused.getPausedBy());
        assertEquals("T-CNC-01", paused.getTerminal());
        assertEquals(order.machines()[0], paused.getMachineCode());
        assertEquals(order.released().getOrderNumber(), paused.getOrderNumber());
        OperationResumed resumed = event(order, ProgressEvents.RESUMED, OperationResumed.parser(), e -> e.getOperationSequence() == 10);
        assertEquals("T-CNC-02", resumed.getTerminal());
        assertEquals("operator", resumed.getResumedBy());
        assertFalse(Instant.parse(resumed.getResumedAt()).isBefore(Instant.parse(paused.getPausedAt())));
    }

    @Test
    void only_a_running_operation_pauses_and_only_a_paused_one_resumes() {
        FloorOrder order = FloorOrder.onTheFloor();
        pause(order, 10, "BREAK").statusCode(409).contentType("application/problem+json").body("detail", containsString("QUEUED"));
        post("operator", order, 10, "resume", null).statusCode(409).body("detail", containsString("QUEUED"));
        start(order, 10).statusCode(200);
        post("operator", order, 10, "resume", null).statusCode(409).body("detail", containsString("RUNNING"));
        pause(order, 10, "BREAK").statusCode(200);
        pause(order, 10, "TOOL").statusCode(409).body("detail", containsString("PAUSED"));
        post("operator", order, 10, "complete", "{\"goodQuantity\":\"5\"}").statusCode(409).body("detail", containsString("resume it first"));
        view(order, 10).body("status", equalTo("PAUSED")).body("pauseReasonCode", equalTo("BREAK"));
        post("operator", order, 10, "resume", null).statusCode(200);
        post("operator", order, 10, "complete", "{\"goodQuantity\":\"5\"}").statusCode(200);
        pause(order, 10, "BREAK").statusCode(409).body("detail", containsString("DONE"));
        post("operator", order, 10, "resume", null).statusCode(409).body("detail", containsString("DONE"));
    }

    @Test
    void a_pause_needs_a_pause_reason_the_plant_offers() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200);
        post("operator", order, 10, "pause", "{}").statusCode(400).body("errors[0].field", equalTo("reasonCode"));
        pause(order, 10, "NAPPING").statusCode(422).body("errors[0].field", equalTo("reasonCode"))
                .body("detail", containsString("NAPPING is not a PAUSE reason code"));
        pause(order, 10, "SURFACE").statusCode(422).body("errors[0].field", equalTo("reasonCode")); // a SCRAP reason
        pause(order, 10, "x".repeat(65)).statusCode(400).body("errors[0].field", equalTo("reasonCode"));
        String retired = ReasonCodeFixtures.inactive("PAUSE");
        pause(order, 10, retired).statusCode(422).body("errors[0].field", equalTo("reasonCode"))
                .body("detail", containsString("no longer in use"));
        view(order, 10).body("status", equalTo("RUNNING"));

        pause(order, 10, "break").statusCode(200).body("pauseReasonCode", equalTo("BREAK"));
    }

    @Test
    void partial_reports_add_up_and_the_completion_adds_its_own_pieces_to_the_finished_lot() {
        FloorOrder order = FloorOrder.onTheFloor();
        for (int sequence : new int[] {10, 20}) {
            start(order, sequence).statusCode(200);
            post("operator", order, sequence, "complete", "{\"goodQuantity\":\"50\"}").statusCode(200);
        }
        start(order, 30).statusCode(200).body("goodQuantity", nullValue()).body("scrapQuantity", nullValue());
        report(order, 30, "{\"goodQuantity\":\"5\",\"scrapQuantity\":\"1\",\"scrapReasonCode\":\"SURFACE\",\"reworkQuantity\":\"0\","
                + "\"reworkReasonCode\":null}").statusCode(200)
                .body("status", equalTo("RUNNING")).body("goodQuantity", equalTo("5")).body("scrapQuantity", equalTo("1"))
                .body("reworkQuantity", equalTo("0"));
        pause(order, 30, "QUALITY").statusCode(200);
        report(order, 30, "{\"reworkQuantity\":\"2\",\"reworkReasonCode\":\"DEBURR\"}").statusCode(200)
                .body("status", equalTo("PAUSED")).body("goodQuantity", equalTo("5")).body("reworkQuantity", equalTo("2"));
        post("operator", order, 30, "resume", null).statusCode(200);
        String lot = post("operator", order, 30, "complete", "{\"goodQuantity\":\"40.5\",\"scrapQuantity\":\"1\",\"scrapReasonCode\":\"DIMENSION\"}")
                .statusCode(200).body("status", equalTo("DONE")).body("goodQuantity", equalTo("45.5")).body("scrapQuantity", equalTo("2"))
                .body("reworkQuantity", equalTo("2")).body("outputLot", notNullValue()).extract().path("outputLot");

        OperationCompleted completed = event(order, ProgressEvents.COMPLETED, OperationCompleted.parser(), e -> e.getOperationSequence() == 30);
        assertEquals("45.5", completed.getGoodQuantity().getAmount());
        assertEquals("2", completed.getScrapQuantity().getAmount());
        assertEquals("2", completed.getReworkQuantity().getAmount());
        assertEquals("PCE", completed.getScrapQuantity().getUnit());
        assertTrue(completed.getOrderCompleted());
        ProductionOutputReported output = KafkaProbe.await("execution.production-output.v1", r -> order.orderId().equals(r.key()),
                Duration.ofSeconds(30)).map(r -> parse(ProductionOutputReported.parser(), r)).orElseThrow();
        assertEquals(lot, output.getLot());
        assertEquals("45.5", output.getQuantity().getAmount());

        event(order, ProgressEvents.QUANTITY_REPORTED, QuantityReported.parser(), QuantityReported::getCompletesOperation);
        List<QuantityReported> reports = reportsOf(order, 30);
        assertEquals(3, reports.size(), reports.toString());
        assertEquals("SURFACE", reports.get(0).getScrapReasonCode());
        assertEquals("", reports.get(0).getReworkReasonCode());
        assertEquals("DEBURR", reports.get(1).getReworkReasonCode());
        assertEquals("2", reports.get(1).getReworkQuantity().getAmount());
        assertEquals("DIMENSION", reports.get(2).getScrapReasonCode());
        assertEquals("40.5", reports.get(2).getGoodQuantity().getAmount());
        assertTrue(reports.get(2).getCompletesOperation());
        assertFalse(reports.get(0).getCompletesOperation());
        BigDecimal good = reports.stream().map(q -> new BigDecimal(q.getGoodQuantity().getAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("45.5").compareTo(good), "the reports add up to the completion's total");
    }

    @Test
    void a_report_needs_a_piece_and_a_reason_for_scrap_and_rework() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200);
        report(order, 10, "{\"goodQuantity\":\"0\",\"scrapQuantity\":\"0\"}").statusCode(422).body("detail", containsString("at least one"));
        report(order, 10, "{}").statusCode(422);
        report(order, 10, "{\"goodQuantity\":\"-1\"}").statusCode(400).body("errors[0].field", equalTo("goodQuantity"));
        report(order, 10, "{\"scrapQuantity\":\"2\"}").statusCode(422).body("errors[0].field", equalTo("scrapReasonCode"))
                .body("detail", containsString("2 pieces are scrapped"));
        report(order, 10, "{\"scrapQuantity\":\"2\",\"scrapReasonCode\":\"NOPE\"}").statusCode(422)
                .body("errors[0].field", equalTo("scrapReasonCode"));
        report(order, 10, "{\"reworkQuantity\":\"1\",\"reworkReasonCode\":\"SURFACE\"}").statusCode(422) // SURFACE is a SCRAP reason
                .body("errors[0].field", equalTo("reworkReasonCode"));
        String retired = ReasonCodeFixtures.inactive("SCRAP");
        report(order, 10, "{\"scrapQuantity\":\"1\",\"scrapReasonCode\":\"" + retired + "\"}").statusCode(422)
                .body("errors[0].field", equalTo("scrapReasonCode"));
        post("operator", order, 10, "complete", "{\"goodQuantity\":\"5\",\"reworkQuantity\":\"1\"}").statusCode(422)
                .body("errors[0].field", equalTo("reworkReasonCode"));

        view(order, 10).body("status", equalTo("RUNNING")).body("goodQuantity", nullValue()).body("scrapQuantity", nullValue());
        assertEquals(List.of(), reportsOf(order, 10));
    }

    @Test
    void only_an_operation_under_way_takes_a_report() {
        FloorOrder order = FloorOrder.onTheFloor();
        report(order, 10, "{\"goodQuantity\":\"1\"}").statusCode(409).body("detail", containsString("start it first"));
        start(order, 10).statusCode(200);
        post("operator", order, 10, "complete", "{\"goodQuantity\":\"1\"}").statusCode(200);
        report(order, 10, "{\"goodQuantity\":\"1\"}").statusCode(409).body("detail", containsString("DONE"));
        view(order, 10).body("goodQuantity", equalTo("1"));
    }

    @Test
    void time_is_kept_per_operator_from_start_or_resume_to_pause_or_completion() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200)
                .body("labour.operator", contains("operator")).body("labour[0].minutes", equalTo("0"))
                .body("labour[0].workingSince", notNullValue());
        pause(order, 10, "BREAK").statusCode(200).body("labour[0].workingSince", nullValue());
        post("planner", order, 10, "resume", null).statusCode(200)
                .body("labour.operator", contains("operator", "planner")).body("labour[1].workingSince", notNullValue());
        ValidatableResponse done = post("admin", order, 10, "complete", "{\"goodQuantity\":\"3\"}").statusCode(200)
                .body("labour.operator", contains("operator", "planner")).body("labour.workingSince", contains(nullValue(), nullValue()));
        List<String> minutes = done.extract().path("labour.minutes");
        for (String worked : minutes) {
            assertTrue(new BigDecimal(worked).signum() >= 0, minutes.toString());
        }
        as("planner").when().get("/api/execution/operations/" + order.orderId()).then().statusCode(200)
                .body("[0].labour.operator", contains("operator", "planner")).body("[1].labour.size()", equalTo(0));
    }

    @Test
    void a_terminal_name_longer_than_a_code_is_refused_naming_the_header() {
        FloorOrder order = FloorOrder.onTheFloor();
        atTerminal("T".repeat(65), order, 10, "start", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(TERMINAL));
        view(order, 10).body("status", equalTo("QUEUED"));
    }

    @Test
    void a_retried_report_or_pause_with_the_same_idempotency_key_is_done_once() {
        FloorOrder order = FloorOrder.onTheFloor();
        start(order, 10).statusCode(200);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            jsonAs("operator", "{\"goodQuantity\":\"5\"}").header("Idempotency-Key", key).when().post(order.path(10) + "/reports")
                    .then().statusCode(200).body("goodQuantity", equalTo("5"));
        }
        jsonAs("operator", "{\"goodQuantity\":\"6\"}").header("Idempotency-Key", key).when().post(order.path(10) + "/reports")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        String pause = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            jsonAs("operator", "{\"reasonCode\":\"BREAK\"}").header("Idempotency-Key", pause).when().post(order.path(10) + "/pause")
                    .then().statusCode(200).body("status", equalTo("PAUSED"));
        }
        String resume = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            as("operator").header("Idempotency-Key", resume).when().post(order.path(10) + "/resume")
                    .then().statusCode(200).body("status", equalTo("RUNNING"));
        }
        report(order, 10, "{\"goodQuantity\":\"7\"}").statusCode(200).body("goodQuantity", equalTo("12"));
        event(order, ProgressEvents.QUANTITY_REPORTED, QuantityReported.parser(), q -> q.getGoodQuantity().getAmount().equals("7"));
        assertEquals(List.of("5", "7"), reportsOf(order, 10).stream().map(q -> q.getGoodQuantity().getAmount()).toList());
    }
}
