package io.forgeline.scheduling.schedules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.MachineStatusChanged;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling"))
class ScheduleFlowTest {

    private static final String ORDERS = "/api/scheduling/production-orders";
    private static final String SCHEDULES = "/api/scheduling/schedules";

    @TestHTTPResource("/")
    URL base;

    private static String planner() {
        return Tokens.user("planner");
    }

    private static String release(String item, int quantity, String priority) {
        String due = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return given().auth().oauth2(planner()).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"" + item + "\",\"quantity\":" + quantity + ",\"dueDate\":\"" + due + "\",\"priority\":\"" + priority + "\"}")
                .when().post(ORDERS).then().statusCode(201).extract().path("id");
    }

    private static String solve(int seconds) {
        return given().auth().oauth2(planner()).contentType(ContentType.JSON).body("{\"timeLimitSeconds\":" + seconds + "}")
                .when().post(SCHEDULES).then().statusCode(202).extract().path("id");
    }

    private static JsonPath schedule(String id) {
        return given().auth().oauth2(planner()).when().get(SCHEDULES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitFinished(String id) {
        JsonPath[] last = new JsonPath[1];
        Eventually.within(Duration.ofSeconds(60), () -> {
            last[0] = schedule(id);
            String status = last[0].getString("status");
            return !status.equals("REQUESTED") && !status.equals("SOLVING");
        }, "schedule " + id + " to finish");
        return last[0];
    }

    private static String solvedAndPublished() {
        String id = solve(1);
        assertEquals("SOLVED", awaitFinished(id).getString("status"));
        given().auth().oauth2(planner()).when().post(SCHEDULES + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    private static JsonPath current() {
        return given().auth().oauth2(planner()).when().get(SCHEDULES + "/current").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_stop_pressed_while_the_solve_is_claimed_or_finishing_is_answered_and_never_loses_the_result() throws Exception {
        release("GEARBOX-A", 5, "NORMAL");
        for (int round = 0; round < 5; round++) {
            String id = solve(1);
            // the claim (REQUESTED to SOLVING) and the result are written while these arrive: none may lose a race
            for (int stop = 0; stop < 12; stop++) {
                // with a key, as the planner page sends it: the key's transaction holds the schedule longest
                given().auth().oauth2(planner()).header("Idempotency-Key", "stop-" + id + "-" + stop)
                        .when().post(SCHEDULES + "/" + id + "/stop").then().statusCode(200);
                Thread.sleep(stop * 15L);
            }
            JsonPath finished = awaitFinished(id);
            assertEquals("SOLVED", finished.getString("status"), "round " + round + ": " + finished.prettify());
            assertFalse(finished.getList("operations").isEmpty(), "round " + round + ": the stopped solve keeps its best schedule");
        }
    }

    @Test
    void a_solved_schedule_puts_every_operation_on_one_machine_at_a_time_in_routing_order() {
        String gearbox = release("GEARBOX-A", 20, "NORMAL");
        String shaft = release("SHAFT-01", 30, "NORMAL");
        JsonPath solved = awaitFinished(solve(2));

        assertEquals("SOLVED", solved.getString("status"));
        assertEquals(0, solved.getInt("score.hard"));
        List<Map<String, Object>> bars = solved.getList("operations");
        List<Map<String, Object>> gearboxBars = bars.stream().filter(b -> gearbox.equals(b.get("orderId")))
                .sorted(Comparator.comparing(b -> (Integer) b.get("sequence"))).toList();
        assertEquals(3, gearboxBars.size());
        assertEquals(1, bars.stream().filter(b -> shaft.equals(b.get("orderId"))).count());
        for (int i = 1; i < gearboxBars.size(); i++) {
            assertFalse(Instant.parse((String) gearboxBars.get(i).get("start")).isBefore(Instant.parse((String) gearboxBars.get(i - 1).get("end"))),
                    "operation " + gearboxBars.get(i).get("sequence") + " starts before the one before it ends");
        }
        assertTrue(List.of("CNC-01-M1", "CNC-01-M2", "CNC-02-M1").contains(gearboxBars.get(0).get("machineCode")));
        Map<Object, List<Map<String, Object>>> byMachine = bars.stream().collect(Collectors.groupingBy(b -> b.get("machineCode")));
        byMachine.forEach((machine, own) -> {
            List<Map<String, Object>> sorted = new ArrayList<>(own);
            sorted.sort(Comparator.comparing(b -> Instant.parse((String) b.get("setupStart"))));
            for (int i = 1; i < sorted.size(); i++) {
                assertFalse(Instant.parse((String) sorted.get(i).get("setupStart")).isBefore(Instant.parse((String) sorted.get(i - 1).get("end"))),
                        "two operations overlap on " + machine);
            }
        });
        // the machines come with the time they do not work, for the Gantt's shading
        assertTrue(solved.getList("machines.find { it.code == 'ASM-01-M1' }.closed.kind").contains("OFF_SHIFT"));
        assertTrue(solved.getList("machines.find { it.code == 'ASM-01-M1' }.closed.kind").contains("BREAK"));
    }

    @Test
    void progress_streams_as_server_sent_events_until_done() throws Exception {
        release("GEARBOX-A", 15, "NORMAL");
        String id = solve(2);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(SCHEDULES + "/" + id + "/progress"))
                .header("Authorization", "Bearer " + planner()).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(lines.contains("event: progress") || lines.contains("event:progress"), "no progress event in " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data") && l.contains("\"elapsedMs\"") && l.contains("\"weightedTardiness\"")));
        assertTrue(lines.contains("event: done") || lines.contains("event:done"), "no done event in " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"SOLVED\"")));
    }

    @Test
    void publishing_sends_each_machine_its_plan_and_makes_released_orders_scheduled() throws Exception {
        String order = release("GEARBOX-A", 12, "NORMAL");
        String id = solvedAndPublished();

        ConsumerRecord<String, byte[]> record = KafkaProbe.await("scheduling.schedules.v1",
                r -> "ASM-01-M1".equals(r.key()) && parse(r).getScheduleId().equals(id), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no machine schedule for ASM-01-M1"));
        assertEquals("io.forgeline.scheduling.machine-schedule.published.v1", KafkaProbe.header(record, "ce_type"));
        MachineSchedulePublished plan = parse(record);
        assertEquals("ASM-01", plan.getWorkCenterCode());
        assertTrue(plan.getOperationsList().stream().anyMatch(o -> o.getOrderId().equals(order) && o.getOperationSequence() == 20));
        given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        assertEquals(id, current().getString("id"));
    }

    @Test
    void a_machine_reported_down_is_planned_around_and_published_within_five_seconds() {
        release("SHAFT-01", 40, "NORMAL");
        solvedAndPublished();
        Instant reported = Instant.now();
        MachineStatusChanged down = MachineStatusChanged.newBuilder().setMachineCode("CNC-01-M1").setWorkCenterCode("CNC-01")
                .setStatus("DOWN").setReason("spindle bearing").setReportedAt(reported.toString()).setReportedBy("operator").build();
        KafkaProbe.send("execution.machine-status.v1", "CNC-01-M1", down.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.execution.machine.status-changed.v1"));

        Eventually.within(Duration.ofSeconds(5), () -> "MACHINE_DOWN".equals(current().getString("kind")),
                "a rescheduled plan around the broken machine to be published");
        JsonPath rescheduled = current();
        List<Map<String, Object>> onBroken = rescheduled.getList("operations.findAll { it.machineCode == 'CNC-01-M1' && !it.pinned }");
        for (Map<String, Object> bar : onBroken) {
            assertTrue(Instant.parse((String) bar.get("end")).isBefore(reported.plusSeconds(60)),
                    "operation planned on the broken machine after the breakdown: " + bar);
        }
        assertEquals("DOWN", rescheduled.getString("machines.find { it.code == 'CNC-01-M1' }.status"));

        MachineStatusChanged up = down.toBuilder().setStatus("UP").setReportedAt(Instant.now().toString()).build();
        KafkaProbe.send("execution.machine-status.v1", "CNC-01-M1", up.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.execution.machine.status-changed.v1"));
        Eventually.within(Duration.ofSeconds(10), () -> "MACHINE_UP".equals(current().getString("kind")),
                "the plan to use the repaired machine again");
    }

    @Test
    void a_rush_order_is_planned_into_the_published_schedule_at_once() {
        solvedAndPublished();
        String rush = release("HOUSING-01", 5, "RUSH");
        Eventually.within(Duration.ofSeconds(5), () -> current().getList("operations.orderId").contains(rush),
                "the rush order in the published plan");
        assertEquals("RUSH_ORDER", current().getString("kind"));
        given().auth().oauth2(planner()).when().get(ORDERS + "/" + rush).then().body("priority", equalTo("RUSH"));
    }

    @Test
    void a_supplier_promising_short_material_later_moves_the_order_behind_it_and_republishes() {
        String order = release("GEARBOX-A", 200, "NORMAL"); // 408 bearings needed, 60 in stock
        String number = given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().extract().path("number");
        solvedAndPublished();
        Instant promised = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed confirmed = io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed.newBuilder()
                .setPurchaseOrderId(UUID.randomUUID().toString()).setPurchaseOrderNumber("PO-T1").setSupplierCode("ACME")
                .setItemCode("BEARING-6204").setPromisedDate(promised.toString()).setProductionOrderNumber(number)
                .setConfirmation(1).setConfirmedAt(Instant.now().toString()).build();
        KafkaProbe.send("supply.purchase-orders.v1", confirmed.getPurchaseOrderId(), confirmed.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.supply.purchase-order.confirmed.v1"));

        Eventually.within(Duration.ofSeconds(5), () -> "MATERIAL_LATE".equals(current().getString("kind")),
                "the plan redone around the late bearings");
        List<String> starts = current().getList("operations.findAll { it.orderId == '" + order + "' }.setupStart");
        assertFalse(starts.isEmpty());
        starts.forEach(start -> assertFalse(Instant.parse(start).isBefore(promised), "an operation starts before the bearings arrive"));
    }

    @Test
    void shop_floor_progress_moves_an_order_to_in_progress_and_then_completed() {
        String order = release("GEARBOX-A", 3, "NORMAL");
        String number = given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().extract().path("number");
        OperationStarted started = OperationStarted.newBuilder().setOrderId(order).setOrderNumber(number).setOperationSequence(10)
                .setWorkCenterCode("CNC-01").setMachineCode("CNC-01-M2").setStartedAt(Instant.now().toString()).setStartedBy("operator").build();
        var startedHeaders = KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.execution.operation.started.v1");
        KafkaProbe.send("execution.operation-progress.v1", order, started.toByteArray(), startedHeaders);
        // delivered twice: the consumer applies it once
        KafkaProbe.send("execution.operation-progress.v1", order, started.toByteArray(), startedHeaders);
        Eventually.within(Duration.ofSeconds(15), () -> "IN_PROGRESS".equals(
                given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().extract().path("status")), "order in progress");

        OperationCompleted completed = OperationCompleted.newBuilder().setOrderId(order).setOrderNumber(number).setOperationSequence(30)
                .setWorkCenterCode("TST-01").setMachineCode("TST-01-M1").setCompletedAt(Instant.now().toString())
                .setCompletedBy("operator").setOrderCompleted(true).build();
        KafkaProbe.send("execution.operation-progress.v1", order, completed.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.execution.operation.completed.v1"));
        Eventually.within(Duration.ofSeconds(15), () -> "COMPLETED".equals(
                given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().extract().path("status")), "order completed");
    }

    @Test
    void an_operation_no_machine_can_do_fails_the_schedule_naming_it_instead_of_a_partial_plan() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        given().auth().oauth2(planner()).contentType(ContentType.JSON).body("{\"name\":\"Paint shop (no machines yet)\"}")
                .when().put("/api/scheduling/work-centers/PAINT-" + suffix).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(planner()).contentType(ContentType.JSON)
                .body("{\"description\":\"Painted cover\",\"unit\":\"PCE\",\"makeOrBuy\":\"MAKE\"}")
                .when().put("/api/scheduling/items/COVER-" + suffix).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(planner()).contentType(ContentType.JSON)
                .body("[{\"sequence\":10,\"workCenterCode\":\"PAINT-" + suffix + "\",\"description\":\"Paint\",\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\"}]")
                .when().put("/api/scheduling/items/COVER-" + suffix + "/routing").then().statusCode(200);
        String order = release("COVER-" + suffix, 4, "NORMAL");
        String number = given().auth().oauth2(planner()).when().get(ORDERS + "/" + order).then().extract().path("number");
        try {
            JsonPath failed = awaitFinished(solve(1));
            assertEquals("FAILED", failed.getString("status"));
            assertEquals(number + "/10", failed.getString("problem.operation"));
            assertEquals(number, failed.getString("problem.order"));
            assertTrue(failed.getList("operations").isEmpty());
        } finally {
            // an order nobody can make would fail every later solve of this test run
            given().auth().oauth2(planner()).when().post(ORDERS + "/" + order + "/cancel").then().statusCode(200);
        }
    }

    @Test
    void a_time_limit_of_zero_is_refused_naming_the_field() {
        given().auth().oauth2(planner()).contentType(ContentType.JSON).body("{\"timeLimitSeconds\":0}")
                .when().post(SCHEDULES).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("timeLimitSeconds")));
    }

    @Test
    void a_machine_down_what_if_is_a_draft_that_shows_the_imagined_breakdown_and_plans_around_it() {
        release("SHAFT-01", 25, "NORMAL");
        String published = solvedAndPublished();
        String draft = given().auth().oauth2(planner()).contentType(ContentType.JSON)
                .body("{\"machineCode\":\"CNC-01-M1\",\"timeLimitSeconds\":1}")
                .when().post(SCHEDULES + "/simulations/machine-down").then().statusCode(202)
                .body("kind", equalTo("SIMULATION")).extract().path("id");
        JsonPath view = awaitFinished(draft);

        assertEquals("SOLVED", view.getString("status"));
        assertEquals("CNC-01-M1", view.getString("simulation.machineCode"));
        assertTrue(view.getList("machines.find { it.code == 'CNC-01-M1' }.closed.kind").contains("BREAKDOWN"));
        assertTrue(view.getList("operations.findAll { it.machineCode == 'CNC-01-M1' && !it.pinned }").isEmpty());
        // a what-if changes nothing on the floor until the planner publishes it
        assertEquals(published, current().getString("id"));
    }

    @Test
    void simulating_an_unknown_machine_is_refused_naming_the_field() {
        given().auth().oauth2(planner()).contentType(ContentType.JSON).body("{\"machineCode\":\"NOPE-9\"}")
                .when().post(SCHEDULES + "/simulations/machine-down").then().statusCode(422)
                .body("errors[0].field", equalTo("machineCode"));
    }

    @Test
    void an_order_due_before_it_may_start_is_refused_naming_the_due_date() {
        given().auth().oauth2(planner()).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"GEARBOX-A\",\"quantity\":5,\"dueDate\":\"2031-01-01T00:00:00Z\",\"releaseAt\":\"2031-02-01T00:00:00Z\"}")
                .when().post(ORDERS).then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
    }

    @Test
    void a_cancelled_order_cannot_be_cancelled_again() {
        String order = release("GEARBOX-A", 2, "NORMAL");
        given().auth().oauth2(planner()).when().post(ORDERS + "/" + order + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(planner()).when().post(ORDERS + "/" + order + "/cancel").then().statusCode(409);
    }

    @Test
    void an_operator_may_look_at_schedules_but_not_solve() {
        given().auth().oauth2(Tokens.user("operator")).contentType(ContentType.JSON).body("{}")
                .when().post(SCHEDULES).then().statusCode(403);
    }

    private static MachineSchedulePublished parse(ConsumerRecord<String, byte[]> record) {
        try {
            return MachineSchedulePublished.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
