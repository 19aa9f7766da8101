package io.forgeline.execution.consumption;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static io.forgeline.execution.consumption.WarehouseStandIn.balance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.MaterialConsumed;
import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.contracts.scheduling.v1.ComponentNeed;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class ConsumptionTest {

    private static final String TOPIC = "execution.material-consumptions.v1";
    private static final String GTIN = "09506000134352";

    private String workCenter;
    private String needed;
    private String other;
    private ProductionOrderReleased order;

    /** A fresh work center and an order whose operation 10 needs 20 of a component of this test's own; 20 needs nothing. */
    @BeforeEach
    void anOrderThatNeedsABearing() {
        workCenter = code("WC");
        publish(workCenter(workCenter, 1, Instant.now(), code("M")));
        needed = code("BRG");
        other = code("BRG");
        order = withComponent(order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-15T12:00:00Z"), workCenter, workCenter), needed);
        release(order);
    }

    private static ProductionOrderReleased withComponent(ProductionOrderReleased released, String item) {
        ProductionOrderReleased.Builder builder = released.toBuilder();
        builder.getOperationsBuilder(0).addComponents(ComponentNeed.newBuilder().setItemCode(item)
                .setQuantity(Quantity.newBuilder().setAmount("20").setUnit("PCE")));
        return builder.build();
    }

    private String path(int sequence) {
        return "/api/execution/operations/" + order.getOrderId() + "/" + sequence;
    }

    private void started() {
        as("operator").when().post(path(10) + "/start").then().statusCode(200);
    }

    private ValidatableResponse consume(String raw, String quantity) {
        String scan = raw.replace("\u001d", "\\u001d"); // JSON escapes the GS separator, as the terminal's JSON.stringify does
        String body = quantity == null ? "{\"scan\":\"%s\"}".formatted(scan) : "{\"scan\":\"%s\",\"quantity\":\"%s\"}".formatted(scan, quantity);
        return jsonAs("operator", body).when().post(path(10) + "/consumptions").then();
    }

    private static void inStock(String item, String lot, String status, String expiresOn, String quantity, boolean staged) {
        WarehouseStandIn.BALANCES.add(balance(item, lot, staged ? "STAGE-1" : "B-01-01", "", status, expiresOn, quantity, staged, ""));
    }

    private MaterialConsumed event(String consumptionId) {
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(TOPIC, r -> order.getOrderId().equals(r.key())
                        && parse(r).getConsumptionId().equals(consumptionId), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("MaterialConsumed " + consumptionId + " not on " + TOPIC));
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("io.forgeline.execution.material-consumed.v1");
        return parse(record);
    }

    private static MaterialConsumed parse(ConsumerRecord<String, byte[]> record) {
        try {
            return MaterialConsumed.parseFrom(record.value());
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            return MaterialConsumed.getDefaultInstance();
        }
    }

    @Test
    void a_staged_lot_scanned_into_a_started_operation_is_consumed_and_published_for_warehouse() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "50", true);
        started();

        String id = consume(lot, "12.5").statusCode(201)
                .header("Location", containsString(path(10) + "/consumptions/"))
                .body("itemCode", equalTo(needed)).body("lot", equalTo(lot)).body("quantity", equalTo("12.5"))
                .body("unstaged", equalTo(false)).body("consumedBy", equalTo("operator"))
                .extract().path("id");

        MaterialConsumed consumed = event(id);
        assertThat(consumed.getOrderNumber()).isEqualTo(order.getOrderNumber());
        assertThat(consumed.getOperationSequence()).isEqualTo(10);
        assertThat(consumed.getWorkCenterCode()).isEqualTo(workCenter);
        assertThat(consumed.getItemCode()).isEqualTo(needed);
        assertThat(consumed.getLot()).isEqualTo(lot);
        assertThat(consumed.getQuantity().getAmount()).isEqualTo("12.5");
        assertThat(consumed.getQuantity().getUnit()).isEqualTo("PCE");
        assertThat(consumed.getUnstaged()).isFalse();
        as("operator").when().get(path(10) + "/consumptions").then().statusCode(200).body("id", org.hamcrest.Matchers.contains(id));
    }

    @Test
    void the_terminal_a_lot_was_scanned_at_is_kept_with_the_consumption_and_its_event() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "50", true);
        started();

        String id = jsonAs("operator", "{\"scan\":\"%s\",\"quantity\":\"2\"}".formatted(lot)).header("X-Forgeline-Terminal", "T-ASM-07")
                .when().post(path(10) + "/consumptions").then().statusCode(201).body("terminal", equalTo("T-ASM-07")).extract().path("id");

        assertThat(event(id).getTerminal()).isEqualTo("T-ASM-07");
        as("operator").when().get(path(10) + "/consumptions/" + id).then().statusCode(200).body("terminal", equalTo("T-ASM-07"));
        jsonAs("operator", "{\"scan\":\"%s\",\"quantity\":\"2\"}".formatted(lot)).header("X-Forgeline-Terminal", "T".repeat(65))
                .when().post(path(10) + "/consumptions").then().statusCode(400).body("errors[0].field", equalTo("X-Forgeline-Terminal"));
    }

    @Test
    void an_operation_not_started_consumes_nothing() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "50", true);

        consume(lot, "1").statusCode(409).contentType("application/problem+json").body("detail", containsString("start it first"));
        as("operator").when().get(path(10) + "/consumptions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void a_wrong_item_is_refused_naming_the_item_the_operation_needs() {
        String lot = code("L");
        inStock(other, lot, "AVAILABLE", "", "50", true);
        started();

        consume(lot, "1").statusCode(422).body("detail", equalTo("scanned " + other + ", operation 10 needs " + needed));
    }

    @Test
    void a_gs1_label_names_the_item_by_its_gtin_and_the_lot() {
        deliver("scheduling.items.v1", needed, ItemChanged.newBuilder().setCode(needed).setDescription("Bearing").setUnit("PCE")
                .setMakeOrBuy("BUY").setGtin(GTIN).setVersion(1).setChangedAt("2030-01-01T08:00:00Z").build().toByteArray(),
                UUID.randomUUID().toString(), "io.forgeline.scheduling.item.changed.v1");
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "2031-06-30", "50", true);
        started();

        // GS1-128 with the GS separator after the variable-length lot, as a keyboard-wedge scanner sends it
        consume("]C101" + GTIN + "10" + lot + "\u001d17310630", "3").statusCode(201).body("itemCode", equalTo(needed)).body("lot", equalTo(lot));
        consume("(01)" + GTIN + "(10)NO-SUCH-LOT", "3").statusCode(422).body("detail", containsString("not in stock"));
    }

    @Test
    void quarantined_expired_and_held_lots_are_refused_saying_why() {
        String quarantined = code("L");
        String expired = code("L");
        String held = code("L");
        inStock(needed, quarantined, "QUARANTINE", "", "50", true);
        inStock(needed, expired, "AVAILABLE", LocalDate.now().minusDays(1).toString(), "50", true);
        inStock(needed, held, "AVAILABLE", "", "50", true);
        String holdId = UUID.randomUUID().toString();
        deliver("quality.holds.v1", needed, HoldPlaced.newBuilder().setHoldId(holdId).setHoldNumber("HOLD-T1")
                .setItemCode(needed).setLot(held).setReason("bearing noise").setPlacedBy("quality").setPlacedAt(Instant.now().toString())
                .build().toByteArray(), UUID.randomUUID().toString(), "io.forgeline.quality.hold-placed.v1");
        started();

        consume(quarantined, "1").statusCode(422).body("detail", containsString("in quarantine"));
        consume(expired, "1").statusCode(422).body("detail", containsString("expired on " + LocalDate.now().minusDays(1)));
        // warehouse has not blocked it yet: the shop floor's own copy of the hold refuses it
        consume(held, "1").statusCode(422).body("detail", containsString("held by HOLD-T1 (bearing noise)"));
        as("operator").when().get(path(10) + "/consumptions").then().statusCode(200).body("size()", equalTo(0));

        deliver("quality.holds.v1", needed, HoldLifted.newBuilder().setHoldId(holdId).setHoldNumber("HOLD-T1").setItemCode(needed)
                .setLot(held).setReason("noise was the test rig").setLiftedBy("quality").setLiftedAt(Instant.now().toString())
                .build().toByteArray(), UUID.randomUUID().toString(), "io.forgeline.quality.hold-lifted.v1");
        consume(held, "1").statusCode(201);
    }

    @Test
    void consumptions_warehouse_has_not_issued_yet_count_against_the_lot() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "10", true);
        started();

        String first = consume(lot, "6").statusCode(201).extract().path("id");
        consume(lot, "6").statusCode(422).body("detail", containsString("has 4 PCE released (6 of it consumed by scans warehouse has not booked yet)"));

        // warehouse issues the first: its balance drops to 4 and it says so
        WarehouseStandIn.BALANCES.removeIf(b -> b.getLot().equals(lot));
        inStock(needed, lot, "AVAILABLE", "", "4", true);
        WarehouseStandIn.ISSUED.add(first);
        consume(lot, "4").statusCode(201);
        consume(lot, "1").statusCode(422);
    }

    @Test
    void scans_of_one_lot_at_once_consume_exactly_what_it_holds() throws Exception {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "10", true);
        started();

        ExecutorService terminals = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(terminals.submit(() -> consume(lot, "1").extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(10);
        } finally {
            terminals.shutdownNow();
        }
    }

    @Test
    void material_not_staged_is_consumed_from_where_it_lies_and_flagged_unless_the_work_center_requires_staging() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "30", false);
        started();

        String id = consume(lot, "5").statusCode(201).body("unstaged", equalTo(true)).extract().path("id");
        assertThat(event(id).getUnstaged()).isTrue();

        publish(workCenter(workCenter, 2, Instant.now()).toBuilder().setRequiresStaging(true).build());
        consume(lot, "5").statusCode(422).body("detail", containsString("is not staged at " + workCenter));
    }

    @Test
    void a_handling_unit_scanned_without_a_quantity_is_consumed_whole() {
        String lot = code("L");
        String sscc = "004006381" + String.format("%08d", Math.floorMod(lot.hashCode(), 100_000_000));
        String full = sscc + checkDigit(sscc);
        WarehouseStandIn.BALANCES.add(balance(needed, lot, "STAGE-1", full, "AVAILABLE", "", "24", true, ""));
        started();

        consume("(00)" + full, null).statusCode(201).body("quantity", equalTo("24")).body("sscc", equalTo(full));
    }

    @Test
    void a_loose_lot_needs_a_quantity_and_bad_fields_are_named() {
        started();
        consume(code("L"), null).statusCode(400).body("errors[0].field", equalTo("/quantity"));
        jsonAs("operator", "{\"quantity\":\"1\"}").when().post(path(10) + "/consumptions").then().statusCode(400)
                .body("errors[0].field", equalTo("/scan"));
        consume("L-1", "0").statusCode(400).body("errors[0].field", equalTo("/quantity"));
        consume("x".repeat(501), "1").statusCode(400).body("errors[0].field", equalTo("/scan"));
        jsonAs("operator", "{\"scan\":\"L-1\",\"quantity\":\"1\"}").when().post(path(20) + "/consumptions").then().statusCode(409);
    }

    @Test
    void a_retried_scan_with_the_same_idempotency_key_is_consumed_once() {
        String lot = code("L");
        inStock(needed, lot, "AVAILABLE", "", "10", true);
        started();

        String key = UUID.randomUUID().toString();
        String first = jsonAs("operator", "{\"scan\":\"%s\",\"quantity\":\"2\"}".formatted(lot)).header("Idempotency-Key", key)
                .when().post(path(10) + "/consumptions").then().statusCode(201).extract().path("id");
        String again = jsonAs("operator", "{\"scan\":\"%s\",\"quantity\":\"2\"}".formatted(lot)).header("Idempotency-Key", key)
                .when().post(path(10) + "/consumptions").then().statusCode(201).extract().path("id");

        assertThat(again).isEqualTo(first);
        as("operator").when().get(path(10) + "/consumptions").then().body("size()", equalTo(1));
    }

    private static String checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return String.valueOf((10 - sum % 10) % 10);
    }
}
