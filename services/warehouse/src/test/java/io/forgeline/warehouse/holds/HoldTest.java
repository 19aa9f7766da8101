package io.forgeline.warehouse.holds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Quality's holds through the real broker and ledger: what they block, what the ledger blocks while they are on, what lifts give back. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class HoldTest {

    private static final String TOPIC = "quality.holds.v1";
    private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    /** Every test holds an item of its own: an item-wide hold would otherwise block what other tests count on. */
    private static String newItem() {
        return "VALVE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String newLot() {
        return "L-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static io.restassured.response.Response opening(String item, String lot, String location, String quantity, String status) {
        return given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", item, "lot", lot, "location", location, "quantity", quantity, "unit", "PCE",
                        "status", status))))
                .when().post("/api/warehouse/movements/opening-balances");
    }

    private static HoldPlaced hold(String item, String lot) {
        return HoldPlaced.newBuilder().setHoldId(UUID.randomUUID().toString()).setHoldNumber("HOLD-" + NUMBERS.incrementAndGet())
                .setItemCode(item).setLot(lot).setSupplierCode("ACME").setReason("suspected burr on the seat").setPlacedBy("qe-lin")
                .setPlacedAt("2026-11-29T08:00:00Z").build();
    }

    private static HoldLifted liftOf(HoldPlaced hold) {
        return HoldLifted.newBuilder().setHoldId(hold.getHoldId()).setHoldNumber(hold.getHoldNumber()).setItemCode(hold.getItemCode())
                .setLot(hold.getLot()).setSupplierCode(hold.getSupplierCode()).setReason("lab found no burr").setLiftedBy("qe-wu")
                .setLiftedAt("2026-11-30T08:00:00Z").build();
    }

    private static void place(HoldPlaced hold, String ceId) {
        KafkaProbe.send(TOPIC, hold.getItemCode(), hold.toByteArray(), KafkaProbe.cloudEvent(ceId, HoldChanges.PLACED));
    }

    private static void place(HoldPlaced hold) {
        place(hold, UUID.randomUUID().toString());
    }

    private static void lift(HoldLifted lift, String ceId) {
        KafkaProbe.send(TOPIC, lift.getItemCode(), lift.toByteArray(), KafkaProbe.cloudEvent(ceId, HoldChanges.LIFTED));
    }

    private static void lift(HoldPlaced hold) {
        lift(liftOf(hold), UUID.randomUUID().toString());
    }

    /** Quality's usage decision on the lot's whole quarantine, as quality's relay publishes it. */
    private static void decide(String item, String lot, UsageAction action, String quantity) {
        UsageDecisionMade decision = UsageDecisionMade.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setInspectionLotId(UUID.randomUUID().toString()).setInspectionLotNumber("IL-" + lot).setItemCode(item).setLot(lot)
                .addDispositions(Disposition.newBuilder().setAction(action).setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")))
                .setSupplierCode("ACME").setDecidedBy("quality").build();
        KafkaProbe.send("quality.usage-decisions.v1", decision.getInspectionLotId(), decision.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.quality.usage-decision-made.v1"));
    }

    /** The lot's stock as "STATUS location quantity [hold]", e.g. "BLOCKED B-02-04 20 HOLD-7". */
    private static List<String> stock(String item, String lot) {
        List<Map<String, Object>> lots = given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item)
                .when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath().getList("lots.findAll { it.lot == '" + lot + "' }");
        return lots.stream().map(line -> line.get("status") + " " + line.get("location") + " "
                + new BigDecimal((String) ((Map<?, ?>) line.get("quantity")).get("amount")).stripTrailingZeros().toPlainString()
                + (line.get("hold") == null ? "" : " " + line.get("hold"))).sorted().toList();
    }

    private static void awaitStock(String item, String lot, String... expected) {
        List<String> wanted = java.util.Arrays.stream(expected).sorted().toList();
        Eventually.within(Eventually.EVENT_APPLIED, () -> stock(item, lot).equals(wanted), "lot " + lot + " holds " + wanted);
    }

    private static List<Map<String, Object>> movements(String item, String lot) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).queryParam("lot", lot)
                .when().get("/api/warehouse/ledger").then().statusCode(200).extract().jsonPath().getList("movements");
    }

    private static List<Map<String, Object>> movementsUnder(String item, String lot, String reference) {
        return movements(item, lot).stream().filter(m -> reference.equals(m.get("reference"))).toList();
    }

    /**
     * Waits until every hold event published so far for the item is applied: they share the item's partition and are
     * applied in turn, so once a further hold on a lot of its own has blocked that lot, those before it are done.
     */
    private static void settled(String item) {
        String lot = newLot();
        opening(item, lot, "B-02-04", "1", "AVAILABLE").then().statusCode(201);
        HoldPlaced marker = hold(item, lot);
        place(marker);
        awaitStock(item, lot, "BLOCKED B-02-04 1 " + marker.getHoldNumber());
    }

    private static void assertLedgerAddsUp() {
        given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/ledger/check").then().statusCode(200)
                .body("mismatches.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void a_hold_blocks_the_lots_available_stock_under_its_number_and_an_issue_of_it_is_refused() {
        String item = newItem();
        String lot = newLot();
        String other = newLot();
        opening(item, lot, "B-02-04", "20", "AVAILABLE").then().statusCode(201);
        opening(item, other, "B-02-04", "7", "AVAILABLE").then().statusCode(201);
        HoldPlaced hold = hold(item, lot);

        place(hold);

        awaitStock(item, lot, "BLOCKED B-02-04 20 " + hold.getHoldNumber());
        assertThat(stock(item, other)).containsExactly("AVAILABLE B-02-04 7");
        List<Map<String, Object>> blocked = movementsUnder(item, lot, hold.getHoldNumber());
        assertThat(blocked).extracting(m -> m.get("type") + " " + m.get("status") + " " + ((Map<?, ?>) m.get("quantity")).get("amount"))
                .containsExactly("STATUS_CHANGE AVAILABLE -20", "STATUS_CHANGE BLOCKED 20");
        assertThat(blocked).allSatisfy(m -> assertThat(m).containsEntry("reason", "suspected burr on the seat").containsEntry("actor", "qe-lin"));

        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON)
                .body(Map.of("type", "ISSUE", "itemCode", item, "lot", lot, "location", "B-02-04", "quantity", "5", "reason", "to the lab"))
                .when().post("/api/warehouse/movements")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("5 PCE short")).body("detail", containsString("quality hold " + hold.getHoldNumber()));
        assertThat(stock(item, lot)).containsExactly("BLOCKED B-02-04 20 " + hold.getHoldNumber());
    }

    @Test
    void stock_released_while_held_lands_blocked_and_the_lift_gives_back_exactly_what_the_hold_blocked() {
        String item = newItem();
        String lot = newLot();
        opening(item, lot, "B-02-04", "20", "AVAILABLE").then().statusCode(201);
        opening(item, lot, "QA-01", "10", "QUARANTINE").then().statusCode(201);
        decide(item, lot, UsageAction.BLOCK, "4");
        awaitStock(item, lot, "AVAILABLE B-02-04 20", "BLOCKED QA-01 4", "QUARANTINE QA-01 6");
        HoldPlaced hold = hold(item, lot);
        place(hold);
        awaitStock(item, lot, "BLOCKED B-02-04 20 " + hold.getHoldNumber(), "BLOCKED QA-01 4", "QUARANTINE QA-01 6");

        decide(item, lot, UsageAction.RELEASE, "6");

        // the release and the hold's block are one posting: the 6 pieces were never free to take
        awaitStock(item, lot, "BLOCKED B-02-04 20 " + hold.getHoldNumber(), "BLOCKED QA-01 10 " + hold.getHoldNumber());
        List<Map<String, Object>> all = movements(item, lot);
        List<Map<String, Object>> last = all.subList(all.size() - 4, all.size());
        assertThat(last).extracting(m -> m.get("status") + " " + ((Map<?, ?>) m.get("quantity")).get("amount") + " " + m.get("reference"))
                .containsExactly("QUARANTINE -6 IL-" + lot, "AVAILABLE 6 IL-" + lot, "AVAILABLE -6 " + hold.getHoldNumber(),
                        "BLOCKED 6 " + hold.getHoldNumber());
        assertThat(last).extracting(m -> m.get("posting")).containsOnly(last.getFirst().get("posting"));

        lift(hold);

        // back exactly: the 20 and the 6 the hold blocked; the 4 quality rejected stay blocked
        awaitStock(item, lot, "AVAILABLE B-02-04 20", "AVAILABLE QA-01 6", "BLOCKED QA-01 4");
        assertThat(movementsUnder(item, lot, hold.getHoldNumber())).hasSize(8);
        assertLedgerAddsUp();
    }

    @Test
    void a_lot_held_twice_stays_blocked_until_both_holds_are_lifted() {
        String item = newItem();
        String lot = newLot();
        opening(item, lot, "B-02-04", "12", "AVAILABLE").then().statusCode(201);
        HoldPlaced first = hold(item, lot);
        HoldPlaced second = hold(item, lot);
        place(first);
        place(second);
        awaitStock(item, lot, "BLOCKED B-02-04 12 " + first.getHoldNumber());

        lift(first);
        settled(item);

        assertThat(stock(item, lot)).containsExactly("BLOCKED B-02-04 12 " + second.getHoldNumber());
        lift(second);
        awaitStock(item, lot, "AVAILABLE B-02-04 12");
    }

    @Test
    void an_item_wide_hold_blocks_every_lot_even_one_that_comes_in_while_it_is_on() {
        String item = newItem();
        String l1 = newLot();
        String l2 = newLot();
        String l3 = newLot();
        opening(item, l1, "B-02-04", "8", "AVAILABLE").then().statusCode(201);
        opening(item, l2, "A-01-03", "5", "AVAILABLE").then().statusCode(201);
        HoldPlaced everyLot = hold(item, "");
        place(everyLot);
        awaitStock(item, l1, "BLOCKED B-02-04 8 " + everyLot.getHoldNumber());
        awaitStock(item, l2, "BLOCKED A-01-03 5 " + everyLot.getHoldNumber());

        opening(item, l3, "B-02-04", "3", "AVAILABLE").then().statusCode(201);
        assertThat(stock(item, l3)).containsExactly("BLOCKED B-02-04 3 " + everyLot.getHoldNumber());

        HoldPlaced oneLot = hold(item, l1);
        place(oneLot);
        lift(everyLot);

        awaitStock(item, l3, "AVAILABLE B-02-04 3");
        assertThat(stock(item, l2)).containsExactly("AVAILABLE A-01-03 5");
        assertThat(stock(item, l1)).containsExactly("BLOCKED B-02-04 8 " + oneLot.getHoldNumber());
        assertLedgerAddsUp();
    }

    @Test
    void the_same_placement_and_lift_delivered_twice_are_booked_once() {
        String item = newItem();
        String lot = newLot();
        opening(item, lot, "B-02-04", "9", "AVAILABLE").then().statusCode(201);
        HoldPlaced hold = hold(item, lot);
        String placedId = UUID.randomUUID().toString();

        place(hold, placedId);
        place(hold, placedId);
        settled(item);

        assertThat(stock(item, lot)).containsExactly("BLOCKED B-02-04 9 " + hold.getHoldNumber());
        assertThat(movementsUnder(item, lot, hold.getHoldNumber())).hasSize(2);

        String liftedId = UUID.randomUUID().toString();
        lift(liftOf(hold), liftedId);
        lift(liftOf(hold), liftedId);
        settled(item);

        assertThat(stock(item, lot)).containsExactly("AVAILABLE B-02-04 9");
        assertThat(movementsUnder(item, lot, hold.getHoldNumber())).hasSize(4);
    }

    @Test
    void a_lift_that_comes_before_its_placement_leaves_nothing_blocked() {
        String item = newItem();
        String lot = newLot();
        opening(item, lot, "B-02-04", "7", "AVAILABLE").then().statusCode(201);
        HoldPlaced hold = hold(item, lot);

        lift(hold);
        place(hold);
        settled(item);

        assertThat(stock(item, lot)).containsExactly("AVAILABLE B-02-04 7");
        opening(item, lot, "B-02-04", "2", "AVAILABLE").then().statusCode(201);
        assertThat(stock(item, lot)).containsExactly("AVAILABLE B-02-04 9");
        assertThat(movementsUnder(item, lot, hold.getHoldNumber())).isEmpty();
    }

    @Test
    void a_hold_without_a_valid_hold_id_is_parked_and_blocks_nothing() {
        String item = newItem();
        String lot = newLot();
        opening(item, lot, "B-02-04", "5", "AVAILABLE").then().statusCode(201);
        HoldPlaced broken = hold(item, lot).toBuilder().setHoldId("not-a-uuid").build();

        place(broken);

        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                return broken.getHoldNumber().equals(HoldPlaced.parseFrom(record.value()).getHoldNumber());
            } catch (Exception unreadable) {
                return false;
            }
        }, Eventually.EVENT_APPLIED)).isPresent();
        assertThat(stock(item, lot)).containsExactly("AVAILABLE B-02-04 5");
    }
}
