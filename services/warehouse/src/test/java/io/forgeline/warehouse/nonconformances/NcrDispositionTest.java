package io.forgeline.warehouse.nonconformances;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.contracts.quality.v1.NcrAction;
import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.platform.deadletters.DeadLetterHeaders;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Quality's NCR dispositions through the real broker and ledger, against stock a rejected usage decision blocked: what
 * each action books, once, and what is parked instead of half-booked.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class NcrDispositionTest {

    private static final String TOPIC = "quality.nonconformances.v1";
    private static final Duration HANDLED = Duration.ofSeconds(60);
    private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private static final String REASON = "bore within the customer's deviation D-17";

    /** Every test works on an item of its own, so a hold or a disposition of one test never touches another's stock. */
    private static String newItem() {
        return "SHAFT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String newLot() {
        return "L-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String group() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
    }

    /** Stock that came in (QUARANTINE) at {@code bin}: a go-live stock take stands in for the receipt. */
    /** A lot a usage decision rejected whole: its stock BLOCKED in one bin, as an NCR finds it. */
    private static void blocked(String item, String lot, String bin, String quantity) {
        quarantined(item, lot, bin, quantity);
        rejected(item, lot, quantity);
        awaitStock(item, lot, "BLOCKED " + bin + " " + quantity);
    }

    private static void quarantined(String item, String lot, String bin, String quantity) {
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", item, "lot", lot, "location", bin, "quantity", quantity, "unit", "PCE",
                        "status", "QUARANTINE"))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    /** Quality rejects the lot's whole quarantine: a usage decision that BLOCKs it, as quality's relay publishes it. */
    private static void rejected(String item, String lot, String quantity) {
        UsageDecisionMade decision = UsageDecisionMade.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setInspectionLotId(UUID.randomUUID().toString()).setInspectionLotNumber("IL-" + lot).setItemCode(item).setLot(lot)
                .addDispositions(Disposition.newBuilder().setAction(UsageAction.BLOCK)
                        .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")))
                .setSupplierCode("ACME").setDecidedBy("quality").build();
        KafkaProbe.deliver("quality.usage-decisions.v1", decision.getInspectionLotId(), decision.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.quality.usage-decision-made.v1"), group(), HANDLED);
    }

    private static NcrDispositionDecided disposition(String item, String lot, NcrAction action, String quantity) {
        return NcrDispositionDecided.newBuilder().setNcrId(UUID.randomUUID().toString()).setNcrNumber("NCR-" + NUMBERS.incrementAndGet())
                .setDispositionId(UUID.randomUUID().toString()).setAction(action).setItemCode(item).setLot(lot)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setSupplierCode("ACME").setReason(REASON)
                .setDecidedBy("qe-lin").setDecidedAt("2026-11-29T10:00:00Z").build();
    }

    /** Publishes the disposition as quality's relay does and waits until warehouse has handled it (booked, skipped or parked). */
    private static void decide(NcrDispositionDecided decided, String ceId) {
        KafkaProbe.deliver(TOPIC, decided.getNcrId(), decided.toByteArray(), KafkaProbe.cloudEvent(ceId, NcrDispositions.DECIDED), group(),
                HANDLED);
    }

    private static void decide(NcrDispositionDecided decided) {
        decide(decided, UUID.randomUUID().toString());
    }

    /** The lot's stock as "STATUS location quantity [hold]", sorted, e.g. "BLOCKED QA-01 70". */
    private static List<String> stock(String item, String lot) {
        List<Map<String, Object>> lots = given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item)
                .when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath().getList("lots.findAll { it.lot == '" + lot + "' }");
        return lots.stream().map(line -> line.get("status") + " " + line.get("location") + " "
                + new BigDecimal((String) ((Map<?, ?>) line.get("quantity")).get("amount")).stripTrailingZeros().toPlainString()
                + (line.get("hold") == null ? "" : " " + line.get("hold"))).sorted().toList();
    }

    private static void awaitStock(String item, String lot, String... expected) {
        List<String> wanted = Arrays.stream(expected).sorted().toList();
        Eventually.within(Eventually.EVENT_APPLIED, () -> stock(item, lot).equals(wanted), "lot " + lot + " holds " + wanted);
    }

    private static List<Map<String, Object>> movementsUnder(String item, String lot, String reference) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).queryParam("lot", lot)
                .when().get("/api/warehouse/ledger").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("movements")
                .stream().filter(m -> reference.equals(m.get("reference"))).toList();
    }

    /** A movement as "TYPE STATUS location signed-quantity". */
    private static String row(Map<String, Object> movement) {
        return movement.get("type") + " " + movement.get("status") + " " + movement.get("location") + " "
                + new BigDecimal((String) ((Map<?, ?>) movement.get("quantity")).get("amount")).stripTrailingZeros().toPlainString();
    }

    private static boolean parked(NcrDispositionDecided decided) {
        return KafkaProbe.all(KafkaProbe.deadLetterTopic()).stream().anyMatch(record -> isOf(decided, record));
    }

    private static boolean isOf(NcrDispositionDecided decided, ConsumerRecord<String, byte[]> record) {
        try {
            return NcrDispositions.DECIDED.equals(KafkaProbe.header(record, "ce_type"))
                    && decided.getDispositionId().equals(NcrDispositionDecided.parseFrom(record.value()).getDispositionId());
        } catch (Exception unreadable) {
            return false;
        }
    }

    private static void assertLedgerAddsUp() {
        given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/ledger/check").then().statusCode(200)
                .body("mismatches.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void use_as_is_of_part_of_a_rejected_lot_gives_that_much_back_to_available_under_the_ncr_number() {
        String item = newItem();
        String lot = newLot();
        blocked(item, lot, "QA-01", "100");
        NcrDispositionDecided useAsIs = disposition(item, lot, NcrAction.NCR_ACTION_USE_AS_IS, "30");

        decide(useAsIs);

        assertThat(stock(item, lot)).containsExactly("AVAILABLE QA-01 30", "BLOCKED QA-01 70");
        List<Map<String, Object>> booked = movementsUnder(item, lot, useAsIs.getNcrNumber());
        assertThat(booked).extracting(NcrDispositionTest::row)
                .containsExactly("STATUS_CHANGE BLOCKED QA-01 -30", "STATUS_CHANGE AVAILABLE QA-01 30");
        assertThat(booked).allSatisfy(m -> assertThat(m).containsEntry("reason", REASON).containsEntry("actor", "qe-lin"));
        assertThat(booked).extracting(m -> m.get("posting")).containsOnly(booked.getFirst().get("posting"));
        assertThat(parked(useAsIs)).isFalse();
        assertLedgerAddsUp();
    }

    @Test
    void scrap_takes_blocked_stock_out_of_stock_from_the_oldest_place_first() {
        String item = newItem();
        String lot = newLot();
        // QA-02 first: the older stock lies in the later bin, so oldest first and bin order disagree
        quarantined(item, lot, "QA-02", "40");
        quarantined(item, lot, "QA-01", "60");
        rejected(item, lot, "100");
        awaitStock(item, lot, "BLOCKED QA-01 60", "BLOCKED QA-02 40");
        NcrDispositionDecided scrap = disposition(item, lot, NcrAction.NCR_ACTION_SCRAP, "50");

        decide(scrap);

        assertThat(stock(item, lot)).containsExactly("BLOCKED QA-01 50");
        List<Map<String, Object>> booked = movementsUnder(item, lot, scrap.getNcrNumber());
        assertThat(booked).extracting(NcrDispositionTest::row).containsExactly("SCRAP BLOCKED QA-02 -40", "SCRAP BLOCKED QA-01 -10");
        assertThat(booked).allSatisfy(m -> assertThat(m).containsEntry("reason", "scrapped by quality: " + REASON));
        assertLedgerAddsUp();
    }

    @Test
    void a_return_to_supplier_takes_the_stock_out_as_a_supplier_return_naming_the_supplier() {
        String item = newItem();
        String lot = newLot();
        blocked(item, lot, "QA-01", "100");
        NcrDispositionDecided back = disposition(item, lot, NcrAction.NCR_ACTION_RETURN_TO_SUPPLIER, "100");

        decide(back);

        assertThat(stock(item, lot)).isEmpty();
        assertThat(movementsUnder(item, lot, back.getNcrNumber())).singleElement().satisfies(m -> {
            assertThat(row(m)).isEqualTo("SUPPLIER_RETURN BLOCKED QA-01 -100");
            assertThat(m).containsEntry("reason", "returned to supplier ACME: " + REASON).containsEntry("actor", "qe-lin");
        });
        assertLedgerAddsUp();
    }

    @Test
    void rework_and_repair_move_nothing_and_are_not_parked() {
        String item = newItem();
        String lot = newLot();
        blocked(item, lot, "QA-01", "100");
        NcrDispositionDecided rework = disposition(item, lot, NcrAction.NCR_ACTION_REWORK, "40");
        NcrDispositionDecided repair = disposition(item, lot, NcrAction.NCR_ACTION_REPAIR, "100");

        decide(rework);
        decide(repair);

        assertThat(stock(item, lot)).containsExactly("BLOCKED QA-01 100");
        assertThat(movementsUnder(item, lot, rework.getNcrNumber())).isEmpty();
        assertThat(movementsUnder(item, lot, repair.getNcrNumber())).isEmpty();
        assertThat(parked(rework)).isFalse();
        assertThat(parked(repair)).isFalse();
    }

    @Test
    void the_same_disposition_delivered_twice_or_published_again_is_booked_once() {
        String item = newItem();
        String lot = newLot();
        blocked(item, lot, "QA-01", "100");
        NcrDispositionDecided useAsIs = disposition(item, lot, NcrAction.NCR_ACTION_USE_AS_IS, "30");
        String ceId = UUID.randomUUID().toString();

        decide(useAsIs, ceId);
        decide(useAsIs, ceId);
        // quality's relay publishing the same disposition again, under a new event id
        decide(useAsIs, UUID.randomUUID().toString());

        assertThat(stock(item, lot)).containsExactly("AVAILABLE QA-01 30", "BLOCKED QA-01 70");
        assertThat(movementsUnder(item, lot, useAsIs.getNcrNumber())).hasSize(2);
        assertLedgerAddsUp();
    }

    @Test
    void a_disposition_of_more_than_the_lot_holds_blocked_is_parked_and_books_nothing() {
        String item = newItem();
        String lot = newLot();
        quarantined(item, lot, "QA-01", "100");
        rejected(item, lot, "100");
        // more of the lot, not rejected: it does not count
        quarantined(item, lot, "B-02-04", "5");
        awaitStock(item, lot, "BLOCKED QA-01 100", "QUARANTINE B-02-04 5");
        NcrDispositionDecided tooMuch = disposition(item, lot, NcrAction.NCR_ACTION_SCRAP, "101");

        decide(tooMuch);

        ConsumerRecord<String, byte[]> parked = KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> isOf(tooMuch, record), HANDLED)
                .orElseThrow(() -> new AssertionError("the disposition was not parked"));
        assertThat(KafkaProbe.header(parked, DeadLetterHeaders.MESSAGE)).contains(tooMuch.getNcrNumber())
                .contains("disposes of 101 PCE but lot " + lot + " holds 100 BLOCKED");
        assertThat(stock(item, lot)).containsExactly("BLOCKED QA-01 100", "QUARANTINE B-02-04 5");
        assertThat(movementsUnder(item, lot, tooMuch.getNcrNumber())).isEmpty();

        // nothing of it was kept either: once quality has rejected one more, the same disposition books (a replay after a fix)
        rejected(item, lot, "1");
        awaitStock(item, lot, "BLOCKED B-02-04 1", "BLOCKED QA-01 100", "QUARANTINE B-02-04 4");
        decide(tooMuch);
        assertThat(stock(item, lot)).containsExactly("QUARANTINE B-02-04 4");
        assertThat(movementsUnder(item, lot, tooMuch.getNcrNumber())).extracting(NcrDispositionTest::row)
                .containsExactly("SCRAP BLOCKED QA-01 -100", "SCRAP BLOCKED B-02-04 -1");
        assertLedgerAddsUp();
    }

    @Test
    void use_as_is_of_a_lot_under_a_quality_hold_stays_blocked_under_the_hold_until_it_is_lifted() {
        String item = newItem();
        String lot = newLot();
        blocked(item, lot, "QA-01", "100");
        HoldPlaced hold = HoldPlaced.newBuilder().setHoldId(UUID.randomUUID().toString()).setHoldNumber("HOLD-" + NUMBERS.incrementAndGet())
                .setItemCode(item).setLot(lot).setSupplierCode("ACME").setReason("suspected burr").setPlacedBy("qe-wu")
                .setPlacedAt("2026-11-29T08:00:00Z").build();
        KafkaProbe.deliver("quality.holds.v1", item, hold.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.quality.hold-placed.v1"), group(), HANDLED);
        NcrDispositionDecided useAsIs = disposition(item, lot, NcrAction.NCR_ACTION_USE_AS_IS, "30");

        decide(useAsIs);

        assertThat(stock(item, lot)).containsExactly("BLOCKED QA-01 100 " + hold.getHoldNumber());
        assertThat(movementsUnder(item, lot, useAsIs.getNcrNumber())).extracting(NcrDispositionTest::row)
                .containsExactly("STATUS_CHANGE BLOCKED QA-01 -30", "STATUS_CHANGE AVAILABLE QA-01 30");
        assertThat(movementsUnder(item, lot, hold.getHoldNumber())).extracting(NcrDispositionTest::row)
                .containsExactly("STATUS_CHANGE AVAILABLE QA-01 -30", "STATUS_CHANGE BLOCKED QA-01 30");

        HoldLifted lift = HoldLifted.newBuilder().setHoldId(hold.getHoldId()).setHoldNumber(hold.getHoldNumber()).setItemCode(item)
                .setLot(lot).setReason("no burr found").setLiftedBy("qe-wu").setLiftedAt("2026-11-30T08:00:00Z").build();
        KafkaProbe.deliver("quality.holds.v1", item, lift.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.quality.hold-lifted.v1"), group(), HANDLED);

        // the lift gives back only what the hold kept from the use-as-is; the rejected 70 stay blocked
        assertThat(stock(item, lot)).containsExactly("AVAILABLE QA-01 30", "BLOCKED QA-01 70");
        assertLedgerAddsUp();
    }
}
