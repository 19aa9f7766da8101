package io.forgeline.supply.purchasing;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.acmeOrderWith;
import static io.forgeline.supply.SupplyTestData.answer;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.dockTime;
import static io.forgeline.supply.SupplyTestData.fresh;
import static io.forgeline.supply.SupplyTestData.freshWeek;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.forgeline.supply.SupplyTestData.requisition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A supplier's system answers its purchase orders through the partner API; buyers decide on its counter-proposals. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = PurchaseOrderConfirmationTest.DATABASE))
class PurchaseOrderConfirmationTest {

    static final String DATABASE = "forgeline_test_supply";
    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    /** The literal api-contracts type, not the class's constant: a typo there must fail here. */
    private static final String CONFIRMED = "io.forgeline.supply.purchase-order.confirmed.v1";

    private static final LocalDate WANTED = LocalDate.now(ZoneOffset.UTC).plusDays(30);

    /** A sent buyer's order for ACME: 500 of a fresh item wanted in 30 days. */
    private static String acmeOrder() {
        return buyerOrder("ACME", "500", WANTED, true, item("T-CONF-", null)).statusCode(201).extract().path("id");
    }

    /**
     * Every confirmation announced for {@code orderId}, read until one numbered {@code upTo} is seen. The order's
     * events share a key, hence a partition, so nothing announced before that one can still be on its way.
     */
    private static List<PurchaseOrderConfirmed> confirmationsUpTo(String orderId, int upTo) {
        List<PurchaseOrderConfirmed> seen = new ArrayList<>();
        Optional<ConsumerRecord<String, byte[]>> last = KafkaProbe.await(PURCHASE_ORDERS, record -> {
            if (!orderId.equals(record.key()) || !CONFIRMED.equals(KafkaProbe.header(record, "ce_type"))) {
                return false;
            }
            PurchaseOrderConfirmed confirmed = parse(record);
            seen.add(confirmed);
            return confirmed.getConfirmation() == upTo;
        }, WAIT);
        assertTrue(last.isPresent(), "confirmation " + upTo + " of purchase order " + orderId + " announced; saw " + seen);
        return seen;
    }

    private static boolean anyConfirmation(String orderId, Duration wait) {
        return KafkaProbe.await(PURCHASE_ORDERS, r -> orderId.equals(r.key()) && CONFIRMED.equals(KafkaProbe.header(r, "ce_type")), wait).isPresent();
    }

    private static PurchaseOrderConfirmed parse(ConsumerRecord<String, byte[]> record) {
        try {
            return PurchaseOrderConfirmed.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String promised(Instant date) {
        return "{\"promisedDate\": \"" + date + "\"}";
    }

    @Test
    void a_supplier_accepts_a_requisitions_order_and_scheduling_hears_the_promise_for_its_production_order() {
        String item = item("T-CONF-", null);
        LocalDate week = freshWeek();
        String productionOrder = fresh("MO-T");
        requisition("ACME", item, "40", dockTime(week.plusDays(2)), productionOrder);
        String id = (String) acmeOrderWith(item).get("id");
        Instant before = Instant.now();

        answer(acme(), id, "{\"acceptAll\": true}").statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("CONFIRMED"))
                .body("lines[0].status", equalTo("CONFIRMED"))
                .body("lines[0].deliveries[0].quantity", equalTo("40"))
                .body("lines[0].deliveries[0].date", equalTo(week.plusDays(2).toString()))
                .body("promisedDate", equalTo(dockTime(week.plusDays(2)).toString()))
                .body("confirmations", equalTo(1));

        PurchaseOrderConfirmed confirmed = confirmationsUpTo(id, 1).getLast();
        assertTrue(confirmed.getPurchaseOrderNumber().matches("PO-\\d{6}"), confirmed.getPurchaseOrderNumber());
        assertEquals("ACME", confirmed.getSupplierCode());
        assertEquals(item, confirmed.getItemCode());
        assertEquals("40", confirmed.getQuantity().getAmount());
        assertEquals("PCE", confirmed.getQuantity().getUnit());
        assertEquals(dockTime(week.plusDays(2)), Instant.parse(confirmed.getPromisedDate()));
        assertEquals(productionOrder, confirmed.getProductionOrderNumber());
        assertEquals(1, confirmed.getLineNumber());
        Instant confirmedAt = Instant.parse(confirmed.getConfirmedAt());
        assertTrue(!confirmedAt.isBefore(before.minusSeconds(1)) && !confirmedAt.isAfter(Instant.now()), "confirmed at " + confirmedAt);
    }

    @Test
    void an_earlier_day_for_the_whole_order_confirms_and_a_new_day_is_the_second_confirmation() {
        String id = acmeOrder();
        Instant first = dockTime(WANTED.minusDays(10)).plusSeconds(6 * 3600);
        Instant later = dockTime(WANTED.minusDays(3));

        answer(acme(), id, promised(first)).statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("promisedDate", equalTo(dockTime(WANTED.minusDays(10)).toString()));
        answer(acme(), id, promised(later)).statusCode(200).body("confirmations", equalTo(2));

        List<PurchaseOrderConfirmed> announced = confirmationsUpTo(id, 2);
        assertEquals(List.of(1, 2), announced.stream().map(PurchaseOrderConfirmed::getConfirmation).toList());
        assertEquals(List.of(dockTime(WANTED.minusDays(10)), later), announced.stream().map(c -> Instant.parse(c.getPromisedDate())).toList());
    }

    @Test
    void the_same_answer_again_announces_nothing() {
        String id = acmeOrder();
        Instant day = dockTime(WANTED.minusDays(5));
        answer(acme(), id, promised(day)).statusCode(200);

        answer(acme(), id, promised(day)).statusCode(200).body("confirmations", equalTo(1));
        // another hour of the same day is the same promise: the dock works in days
        answer(acme(), id, promised(day.plusSeconds(3600))).statusCode(200).body("confirmations", equalTo(1));
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"500\",\"date\":\"" + WANTED.minusDays(5) + "\"}]}]}")
                .statusCode(200).body("confirmations", equalTo(1));

        // a new day afterwards is number 2: had a repeat been announced, it would sit between the two
        answer(acme(), id, "{\"acceptAll\": true}").statusCode(200).body("confirmations", equalTo(2));
        assertEquals(List.of(1, 2), confirmationsUpTo(id, 2).stream().map(PurchaseOrderConfirmed::getConfirmation).toList());
    }

    @Test
    void a_later_day_is_a_counter_proposal_the_buyer_accepts_and_scheduling_then_hears() {
        String id = acmeOrder();
        LocalDate later = WANTED.plusDays(4);

        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"300\",\"date\":\"" + WANTED + "\"},"
                + "{\"quantity\":\"200\",\"date\":\"" + later + "\"}]}]}").statusCode(200)
                .body("status", equalTo("COUNTER_PROPOSED"))
                .body("lines[0].status", equalTo("COUNTER_PROPOSED"))
                .body("lines[0].proposal.quantity", equalTo(List.of("300", "200")))
                .body("lines[0].deliveries", equalTo(List.of()))
                .body("confirmations", equalTo(0));
        assertTrue(!anyConfirmation(id, Duration.ofSeconds(2)), "a counter-proposal is no promise");
        buyer().when().get("/api/supply/purchase-orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("COUNTER_PROPOSED")).body("lines[0].proposal.date", equalTo(List.of(WANTED.toString(), later.toString())));

        buyer().when().post("/api/supply/purchase-orders/{id}/lines/1/proposal/accept", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("revision", equalTo(2))
                .body("lines[0].deliveries.quantity", equalTo(List.of("300", "200")))
                .body("lines[0].proposal", equalTo(List.of()));

        PurchaseOrderConfirmed confirmed = confirmationsUpTo(id, 1).getLast();
        assertEquals(dockTime(later), Instant.parse(confirmed.getPromisedDate()), "the line is all there with its last delivery");
        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("revision", equalTo(2));
        given().auth().oauth2(Tokens.user("buyer")).when().get("/api/supply/purchase-orders/{id}/revisions", id).then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[1].change", equalTo("the counter-proposal for line 1 was accepted"))
                .body("[1].changedBy", equalTo("buyer"));
    }

    @Test
    void a_rejected_counter_proposal_leaves_the_line_open_for_the_supplier_to_answer_again() {
        String id = acmeOrder();
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"450\",\"date\":\"" + WANTED + "\"}]}]}")
                .statusCode(200).body("status", equalTo("COUNTER_PROPOSED"));

        buyer().when().post("/api/supply/purchase-orders/{id}/lines/1/proposal/reject", id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("lines[0].quantity", equalTo("500"));
        buyer().when().post("/api/supply/purchase-orders/{id}/lines/1/proposal/reject", id).then().statusCode(409)
                .contentType("application/problem+json");

        answer(acme(), id, "{\"acceptAll\": true}").statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void another_suppliers_order_is_not_found_exactly_like_an_unknown_one() {
        String globexOrder = buyerOrder("GLOBEX", "5", WANTED, true, item("T-CONF-", null)).statusCode(201).extract().path("id");

        String refusal = answer(acme(), globexOrder, "{\"acceptAll\": true}").statusCode(404).contentType("application/problem+json")
                .extract().path("detail");
        String unknown = UUID.randomUUID().toString();
        answer(acme(), unknown, "{\"acceptAll\": true}").statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo(refusal.replace(globexOrder, unknown)));

        answer(globex(), globexOrder, "{\"acceptAll\": true}").statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void a_day_in_the_past_is_refused_naming_the_field_and_changes_nothing() {
        String id = acmeOrder();

        answer(acme(), id, promised(Instant.now().minusSeconds(86_400))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("promisedDate"));
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"500\",\"date\":\"2020-01-01\"}]}]}")
                .statusCode(400).body("errors.field", hasItem("lines[0].deliveries[0].date"));

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("status", equalTo("OPEN")).body("confirmations", equalTo(0));
    }

    @Test
    void an_answer_without_a_form_or_with_an_unreadable_one_is_refused_naming_the_field() {
        String id = acmeOrder();

        answer(acme(), id, "{}").statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("promisedDate"));
        answer(acme(), id, "{\"promisedDate\": \"next Tuesday\"}").statusCode(400).body("errors.field", hasItem("promisedDate"));
        answer(acme(), id, "{\"acceptAll\": true, \"promisedDate\": \"" + dockTime(WANTED) + "\"}").statusCode(400);
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1}]}").statusCode(400).body("errors.field", hasItem("lines[0]"));
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"-5\",\"date\":\"" + WANTED + "\"}]}]}")
                .statusCode(400).body("errors.field", hasItem("lines[0].deliveries[0].quantity"));
        answer(acme(), id, "{\"lines\":[{\"lineNumber\":9,\"accept\":true}]}").statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].lineNumber"));

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void a_cancelled_order_can_no_longer_be_answered() {
        String id = acmeOrder();
        buyer().when().post("/api/supply/purchase-orders/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        answer(acme(), id, "{\"acceptAll\": true}").statusCode(409).contentType("application/problem+json");

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("status", equalTo("CANCELLED")).body("promisedDate", equalTo(null));
    }

    @Test
    void a_late_retry_with_the_same_idempotency_key_does_not_take_back_a_newer_answer() {
        String id = acmeOrder();
        String key = UUID.randomUUID().toString();
        Instant first = dockTime(WANTED.minusDays(9));
        Instant later = dockTime(WANTED.minusDays(2));
        answer(acme().header("Idempotency-Key", key), id, promised(first)).statusCode(200);
        answer(acme(), id, promised(later)).statusCode(200);

        answer(acme().header("Idempotency-Key", key), id, promised(first)).statusCode(200)
                .body("promisedDate", equalTo(later.toString()))
                .body("confirmations", equalTo(2));
    }

    @Test
    void an_idempotency_key_reused_for_another_answer_is_refused() {
        String id = acmeOrder();
        String key = UUID.randomUUID().toString();
        answer(acme().header("Idempotency-Key", key), id, promised(dockTime(WANTED.minusDays(9)))).statusCode(200);

        answer(acme().header("Idempotency-Key", key), id, promised(dockTime(WANTED.minusDays(4)))).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("confirmations", equalTo(1));
    }

    @Test
    void our_own_staff_do_not_answer_for_a_supplier() {
        String id = acmeOrder();

        answer(given().auth().oauth2(Tokens.user("planner")), id, "{\"acceptAll\": true}").statusCode(403).contentType("application/problem+json");
        answer(buyer(), id, "{\"acceptAll\": true}").statusCode(403).contentType("application/problem+json");
        answer(given(), id, "{\"acceptAll\": true}").statusCode(401).contentType("application/problem+json");

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("status", equalTo("OPEN"));
    }
}
