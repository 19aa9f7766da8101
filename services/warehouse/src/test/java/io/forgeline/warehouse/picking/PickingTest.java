package io.forgeline.warehouse.picking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.MaterialRequirement;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.contracts.warehouse.v1.MaterialShort;
import io.forgeline.contracts.warehouse.v1.MaterialStaged;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class PickingTest {

    private static final Instant START = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    /** A component of its own per test, so other tests' reservations never meet it. */
    private static String newItem() {
        return "GEAR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static void opening(String item, String lot, String bin, String quantity, String status, String expiresOn) {
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", item, "lot", lot, "location", bin, "quantity", quantity, "unit", "PCE",
                        "status", status, "expiresOn", expiresOn))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    /** Scheduling releases an order of the item's parent needing {@code quantity} of it, then schedules its first operation at CNC-01. */
    private static UUID releasedAndScheduled(String item, String quantity) {
        UUID order = UUID.randomUUID();
        String number = "MO-T" + order.toString().substring(0, 5);
        ProductionOrderReleased released = ProductionOrderReleased.newBuilder().setOrderId(order.toString()).setOrderNumber(number)
                .setItemCode("GEARBOX-A").setQuantity(Quantity.newBuilder().setAmount("6").setUnit("PCE")).setDueDate(START.plus(5, ChronoUnit.DAYS).toString())
                .addOperations(PlannedOperation.newBuilder().setSequence(20).setWorkCenterCode("ASM-01"))
                .addOperations(PlannedOperation.newBuilder().setSequence(10).setWorkCenterCode("CNC-01"))
                .addMaterials(MaterialRequirement.newBuilder().setItemCode(item).setRequired(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")))
                .setReleasedBy("planner").setReleasedAt(Instant.now().toString()).build();
        KafkaProbe.send("scheduling.production-orders.v1", order.toString(), released.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), OrderChanges.RELEASED));
        MachineSchedulePublished schedule = MachineSchedulePublished.newBuilder().setScheduleId(UUID.randomUUID().toString())
                .setPublishedAt(Instant.now().toString()).setMachineCode("CNC-01-M1").setWorkCenterCode("CNC-01")
                .addOperations(ScheduledOperation.newBuilder().setOrderId(order.toString()).setOrderNumber(number).setItemCode("GEARBOX-A")
                        .setOperationSequence(10).setSetupStart(START.toString()).setStart(START.plusSeconds(600).toString())
                        .setEnd(START.plusSeconds(3600).toString()))
                .build();
        KafkaProbe.send("scheduling.schedules.v1", "CNC-01-M1", schedule.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), OrderChanges.PUBLISHED));
        return order;
    }

    private static List<Map<String, Object>> tasksOf(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("toBin", "ST-CNC-01").when().get("/api/warehouse/pick-tasks")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("").stream()
                .filter(task -> item.equals(task.get("itemCode"))).toList();
    }

    private static List<Map<String, Object>> awaitTasks(String item, int count) {
        Eventually.within(Eventually.EVENT_APPLIED, () -> tasksOf(item).size() >= count, count + " pick tasks for " + item);
        return tasksOf(item);
    }

    private static io.restassured.response.Response confirm(Object taskId, String from, String quantity) {
        return given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("from", from, "quantity", quantity))
                .when().post("/api/warehouse/pick-tasks/{id}/confirmation", taskId);
    }

    @Test
    void picks_take_the_lot_that_expires_first_never_quarantined_stock_and_announce_what_is_short() throws Exception {
        String item = newItem();
        opening(item, "LATE", "B-02-02", "10", "AVAILABLE", "2031-01-01");
        opening(item, "EARLY", "B-02-03", "5", "AVAILABLE", "2030-01-01");
        opening(item, "HELD", "B-02-04", "50", "QUARANTINE", "2029-01-01");

        releasedAndScheduled(item, "12");
        List<Map<String, Object>> tasks = awaitTasks(item, 2);
        // all of the lot expiring first, the rest from the later one; listed in walking order (by bin)
        Map<Object, Object> amountByLot = tasks.stream().collect(java.util.stream.Collectors.toMap(task -> task.get("lot"),
                task -> ((Map<?, ?>) task.get("quantity")).get("amount")));
        assertThat(amountByLot).isEqualTo(Map.of("EARLY", "5", "LATE", "7"));
        assertThat(tasks).allSatisfy(task -> assertThat(task).containsEntry("toBin", "ST-CNC-01").containsEntry("neededBy", START.toString()));

        // a second order finds only what the first did not reserve: 3 of 12
        UUID second = releasedAndScheduled(item, "12");
        Eventually.within(Eventually.EVENT_APPLIED, () -> tasksOf(item).size() == 3, "the second order's one pick");
        MaterialShort shortage = MaterialShort.parseFrom(KafkaProbe.await("warehouse.pick-tasks.v1",
                        r -> r.key().equals(second.toString()), Eventually.EVENT_APPLIED)
                .orElseThrow(() -> new AssertionError("no shortage announced")).value());
        assertThat(shortage.getItemCode()).isEqualTo(item);
        assertThat(shortage.getShort().getAmount()).isEqualTo("9");
        assertThat(shortage.getWorkCenterCode()).isEqualTo("CNC-01");
    }

    @Test
    void a_pick_is_confirmed_by_scanning_its_bin_and_the_order_is_staged_when_all_are_picked() throws Exception {
        String item = newItem();
        opening(item, "ONE", "B-02-02", "4", "AVAILABLE", "2030-06-30");
        UUID order = releasedAndScheduled(item, "4");
        Map<String, Object> task = awaitTasks(item, 1).getFirst();

        confirm(task.get("id"), "B-02-03", "4")
                .then().statusCode(422)
                .body("errors.field", hasItem("from"))
                .body("detail", containsString("B-02-02"));
        String key = UUID.randomUUID().toString();
        String picked = given().auth().oauth2(Tokens.user("clerk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("from", "B-02-02", "quantity", "4")).when().post("/api/warehouse/pick-tasks/{id}/confirmation", task.get("id"))
                .then().statusCode(200)
                .body("status", equalTo("PICKED"))
                .extract().asString();
        // a retry of the confirmation answers as the first time and moves nothing more
        assertThat(given().auth().oauth2(Tokens.user("clerk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("from", "B-02-02", "quantity", "4")).when().post("/api/warehouse/pick-tasks/{id}/confirmation", task.get("id"))
                .then().statusCode(200).extract().asString()).isEqualTo(picked);
        given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/stock")
                .then().body("lots.find { it.lot == 'ONE' }.location", equalTo("ST-CNC-01"));
        confirm(task.get("id"), "B-02-02", "4").then().statusCode(409);

        MaterialStaged staged = MaterialStaged.parseFrom(KafkaProbe.await("warehouse.pick-tasks.v1",
                        r -> r.key().equals(order.toString()) && "io.forgeline.warehouse.material-staged.v1".equals(KafkaProbe.header(r, "ce_type")),
                        Eventually.EVENT_APPLIED)
                .orElseThrow(() -> new AssertionError("the order was not reported staged")).value());
        assertThat(staged.getStagingBin()).isEqualTo("ST-CNC-01");
    }

    @Test
    void a_short_pick_is_made_up_from_other_stock() {
        String item = newItem();
        opening(item, "A", "B-02-02", "6", "AVAILABLE", "2030-01-01");
        opening(item, "B", "B-02-03", "6", "AVAILABLE", "2031-01-01");
        releasedAndScheduled(item, "6");
        Map<String, Object> first = awaitTasks(item, 1).getFirst();
        assertThat(first).containsEntry("lot", "A");

        confirm(first.get("id"), "B-02-02", "4").then().statusCode(200).body("status", equalTo("SHORT"));
        List<Map<String, Object>> open = tasksOf(item);
        assertThat(open).hasSize(1);
        assertThat(open.getFirst()).containsEntry("lot", "B").containsEntry("fromBin", "B-02-03");
        assertThat(((Map<?, ?>) open.getFirst().get("quantity")).get("amount")).isEqualTo("2");
    }

    @Test
    void a_cancelled_order_frees_the_stock_it_had_reserved() {
        String item = newItem();
        opening(item, "ONLY", "B-02-02", "5", "AVAILABLE", "2030-01-01");
        UUID order = releasedAndScheduled(item, "5");
        awaitTasks(item, 1);
        ProductionOrderCancelled cancelled = ProductionOrderCancelled.newBuilder().setOrderId(order.toString()).setOrderNumber("MO-X")
                .setItemCode("GEARBOX-A").setPreviousStatus("SCHEDULED").setCancelledBy("planner").setCancelledAt(Instant.now().toString()).build();
        KafkaProbe.send("scheduling.production-orders.v1", order.toString(), cancelled.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), OrderChanges.CANCELLED));
        Eventually.within(Eventually.EVENT_APPLIED, () -> tasksOf(item).isEmpty(), "the cancelled order's pick withdrawn");

        releasedAndScheduled(item, "5");
        assertThat(awaitTasks(item, 1).getFirst()).containsEntry("lot", "ONLY");
    }

    @Test
    void open_picks_are_grouped_into_waves_per_zone() {
        String item = newItem();
        opening(item, "W", "B-02-02", "3", "AVAILABLE", "2030-01-01");
        releasedAndScheduled(item, "3");
        awaitTasks(item, 1);
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/pick-tasks/waves")
                .then().statusCode(200)
                .body("findAll { it.zone == 'B' }.tasks.flatten().itemCode", hasItem(item));
    }

    @Test
    void released_stock_promised_to_an_open_pick_is_not_issued_by_hand_nor_put_away() {
        String item = newItem();
        opening(item, "PROMISED", "B-02-02", "5", "AVAILABLE", "2030-01-01");
        releasedAndScheduled(item, "4");
        String task = (String) awaitTasks(item, 1).getFirst().get("number");

        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON)
                .body(Map.of("type", "ISSUE", "itemCode", item, "lot", "PROMISED", "location", "B-02-02", "quantity", "2", "reason", "maintenance"))
                .when().post("/api/warehouse/movements")
                .then().statusCode(422)
                .body("detail", containsString(task))
                .body("detail", containsString("only 1 PCE free"));
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON)
                .body(Map.of("type", "ISSUE", "itemCode", item, "lot", "PROMISED", "location", "B-02-02", "quantity", "1", "reason", "maintenance"))
                .when().post("/api/warehouse/movements")
                .then().statusCode(201);
    }
}
