package io.forgeline.supply.purchasing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import io.forgeline.testing.Checkout;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A supplier's system confirms when its purchase orders' goods arrive, through the partner API. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = PurchaseOrderConfirmationTest.DATABASE))
class PurchaseOrderConfirmationTest {

    static final String DATABASE = "forgeline_test_supply";
    private static final String REQUISITIONS = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** What a requisition became: the order's id as the supplier sees it, and what it was raised for. */
    private record Opened(String id, String itemCode, String productionOrderNumber) {
    }

    private static RequestSpecification acme() {
        return given().auth().oauth2(Tokens.client("supplier-acme", "acme-secret"));
    }

    /** Raises a shortage of a fresh item for {@code supplier}; supply turns it into a purchase order. */
    private static Opened requisition(String supplier) {
        String itemCode = "T-CONF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String productionOrder = "MO-T" + UUID.randomUUID().toString().substring(0, 6);
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(itemCode)
                .setQuantity(Quantity.newBuilder().setAmount("40").setUnit("PCE"))
                .setNeedDate("2030-02-01T00:00:00Z")
                .setProductionOrderNumber(productionOrder)
                .setSupplierCode(supplier)
                .build();
        KafkaProbe.send(REQUISITIONS, itemCode, event.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RAISED));
        return new Opened(null, itemCode, productionOrder);
    }

    /** A fresh purchase order for ACME, once ACME can read it. */
    private static Opened acmeOrder() {
        Opened raised = requisition("ACME");
        Eventually.within(WAIT, () -> acmeView(raised.itemCode()).isPresent(), "ACME's order for " + raised.itemCode());
        return new Opened((String) acmeView(raised.itemCode()).orElseThrow().get("id"), raised.itemCode(), raised.productionOrderNumber());
    }

    /** The order for {@code itemCode} in ACME's list of purchase orders. */
    private static Optional<Map<String, Object>> acmeView(String itemCode) {
        List<Map<String, Object>> orders = acme().when().get("/partner/v1/purchase-orders")
                .then().statusCode(200).extract().jsonPath().getList("");
        return orders.stream().filter(order -> itemCode.equals(order.get("itemCode"))).findFirst();
    }

    private static ValidatableResponse confirm(RequestSpecification caller, String orderId, String body) {
        return caller.contentType(ContentType.JSON).body(body)
                .when().post("/partner/v1/purchase-orders/{id}/confirmation", orderId)
                .then();
    }

    private static ValidatableResponse confirm(String orderId, Instant promisedDate) {
        return confirm(acme(), orderId, promised(promisedDate));
    }

    private static String promised(Instant promisedDate) {
        return "{\"promisedDate\": \"" + promisedDate + "\"}";
    }

    /** A whole second some days ahead, so the same date written twice compares equal. */
    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Every confirmation announced for {@code orderId}, read until one numbered {@code upTo} is seen. The order's
     * events share a key, hence a partition, so nothing announced before that one can still be on its way.
     */
    private static List<PurchaseOrderConfirmed> confirmationsUpTo(String orderId, int upTo) {
        List<PurchaseOrderConfirmed> seen = new ArrayList<>();
        Optional<ConsumerRecord<String, byte[]>> last = KafkaProbe.await(PURCHASE_ORDERS, record -> {
            if (!orderId.equals(record.key()) || !PurchaseOrderEvents.CONFIRMED.equals(KafkaProbe.header(record, "ce_type"))) {
                return false;
            }
            PurchaseOrderConfirmed confirmed = parse(record);
            seen.add(confirmed);
            return confirmed.getConfirmation() == upTo;
        }, WAIT);
        assertTrue(last.isPresent(), "confirmation " + upTo + " of purchase order " + orderId + " announced; saw " + seen);
        return seen;
    }

    private static PurchaseOrderConfirmed parse(ConsumerRecord<String, byte[]> record) {
        try {
            return PurchaseOrderConfirmed.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_supplier_confirms_its_order_and_the_plant_hears_the_promised_date() {
        Opened order = acmeOrder();
        Instant promisedDate = inDays(12);
        Instant before = Instant.now();

        confirm(order.id(), promisedDate).statusCode(200)
                .body("id", equalTo(order.id()))
                .body("status", equalTo("CONFIRMED"))
                .body("promisedDate", equalTo(promisedDate.toString()))
                .body("confirmations", equalTo(1));

        Optional<ConsumerRecord<String, byte[]>> record = KafkaProbe.await(PURCHASE_ORDERS, r -> order.id().equals(r.key())
                && PurchaseOrderEvents.CONFIRMED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertTrue(record.isPresent(), "confirmed event for " + order.id());
        PurchaseOrderConfirmed confirmed = parse(record.get());
        assertEquals(order.id(), confirmed.getPurchaseOrderId());
        assertTrue(confirmed.getPurchaseOrderNumber().matches("PO-\\d{6}"), confirmed.getPurchaseOrderNumber());
        assertEquals("ACME", confirmed.getSupplierCode());
        assertEquals(order.itemCode(), confirmed.getItemCode());
        assertEquals("40", confirmed.getQuantity().getAmount());
        assertEquals("PCE", confirmed.getQuantity().getUnit());
        assertEquals(promisedDate, Instant.parse(confirmed.getPromisedDate()));
        assertEquals(order.productionOrderNumber(), confirmed.getProductionOrderNumber());
        assertEquals(1, confirmed.getConfirmation());
        Instant confirmedAt = Instant.parse(confirmed.getConfirmedAt());
        assertTrue(!confirmedAt.isBefore(before.minusSeconds(1)) && !confirmedAt.isAfter(Instant.now()), "confirmed at " + confirmedAt);
        assertEquals("/forgeline/supply", KafkaProbe.header(record.get(), "ce_source"));
    }

    @Test
    void a_later_date_is_announced_as_the_second_confirmation() {
        Opened order = acmeOrder();
        Instant first = inDays(10);
        Instant later = inDays(17);
        confirm(order.id(), first).statusCode(200);

        confirm(order.id(), later).statusCode(200)
                .body("promisedDate", equalTo(later.toString()))
                .body("confirmations", equalTo(2));

        List<PurchaseOrderConfirmed> announced = confirmationsUpTo(order.id(), 2);
        assertEquals(List.of(1, 2), announced.stream().map(PurchaseOrderConfirmed::getConfirmation).toList());
        assertEquals(List.of(first, later), announced.stream().map(c -> Instant.parse(c.getPromisedDate())).toList());
    }

    @Test
    void confirming_the_date_already_promised_announces_nothing() {
        Opened order = acmeOrder();
        Instant date = inDays(9);
        confirm(order.id(), date).statusCode(200);

        confirm(order.id(), date).statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("confirmations", equalTo(1));
        // the same instant written with another offset is the same promise
        confirm(acme(), order.id(), "{\"promisedDate\": \"" + date.atOffset(java.time.ZoneOffset.ofHours(2)) + "\"}")
                .statusCode(200).body("confirmations", equalTo(1));

        // a new date afterwards is number 2: had a repeat been announced, it would sit between the two
        Instant later = inDays(11);
        confirm(order.id(), later).statusCode(200).body("confirmations", equalTo(2));
        List<PurchaseOrderConfirmed> announced = confirmationsUpTo(order.id(), 2);
        assertEquals(List.of(date, later), announced.stream().map(c -> Instant.parse(c.getPromisedDate())).toList());
    }

    @Test
    void the_partner_view_shows_the_promised_date_and_status() {
        Opened order = acmeOrder();
        assertEquals("OPEN", acmeView(order.itemCode()).orElseThrow().get("status"));
        assertEquals(null, acmeView(order.itemCode()).orElseThrow().get("promisedDate"));
        Instant date = inDays(14);

        confirm(order.id(), date).statusCode(200);

        Map<String, Object> view = acmeView(order.itemCode()).orElseThrow();
        assertEquals("CONFIRMED", view.get("status"));
        assertEquals(date.toString(), view.get("promisedDate"));
        assertEquals(1, view.get("confirmations"));
    }

    @Test
    void another_suppliers_order_is_not_found_rather_than_forbidden() {
        Opened globex = requisition("GLOBEX");
        Optional<ConsumerRecord<String, byte[]>> created = KafkaProbe.await(PURCHASE_ORDERS, r -> {
            if (!PurchaseOrderEvents.CREATED.equals(KafkaProbe.header(r, "ce_type"))) {
                return false;
            }
            try {
                return PurchaseOrderCreated.parseFrom(r.value()).getItemCode().equals(globex.itemCode());
            } catch (Exception e) {
                return false;
            }
        }, WAIT);
        assertTrue(created.isPresent(), "GLOBEX's order for " + globex.itemCode());
        String globexOrder = created.get().key();

        String refusal = confirm(globexOrder, inDays(8)).statusCode(404).contentType("application/problem+json")
                .extract().path("detail");
        String unknown = UUID.randomUUID().toString();
        confirm(unknown, inDays(8)).statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo(refusal.replace(globexOrder, unknown)));
        assertEquals("OPEN", statusInDatabase(globexOrder));
    }

    @Test
    void a_promised_date_in_the_past_is_refused_naming_promised_date_and_changes_nothing() {
        Opened order = acmeOrder();

        confirm(order.id(), Instant.now().minus(1, ChronoUnit.DAYS)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("promisedDate"));

        Map<String, Object> view = acmeView(order.itemCode()).orElseThrow();
        assertEquals("OPEN", view.get("status"));
        assertEquals(0, view.get("confirmations"));
    }

    @Test
    void a_confirmation_without_a_readable_date_is_refused_naming_promised_date() {
        Opened order = acmeOrder();

        confirm(acme(), order.id(), "{}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("promisedDate"));
        confirm(acme(), order.id(), "{\"promisedDate\": null}").statusCode(400)
                .body("errors.field", hasItem("promisedDate"));
        confirm(acme(), order.id(), "{\"promisedDate\": \"next Tuesday\"}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("promisedDate"));

        assertEquals("OPEN", acmeView(order.itemCode()).orElseThrow().get("status"));
    }

    @Test
    void a_cancelled_order_can_no_longer_be_confirmed() {
        Opened order = acmeOrder();
        // nothing cancels purchase orders yet; this stands in for the feature that will
        setStatusInDatabase(order.id(), "CANCELLED");

        confirm(order.id(), inDays(8)).statusCode(409).contentType("application/problem+json");

        assertEquals("CANCELLED", acmeView(order.itemCode()).orElseThrow().get("status"));
        assertEquals(null, acmeView(order.itemCode()).orElseThrow().get("promisedDate"));
    }

    @Test
    void a_late_retry_with_the_same_idempotency_key_does_not_take_back_a_newer_date() {
        Opened order = acmeOrder();
        String key = UUID.randomUUID().toString();
        Instant first = inDays(10);
        Instant later = inDays(15);
        confirm(acme().header("Idempotency-Key", key), order.id(), promised(first)).statusCode(200);
        confirm(order.id(), later).statusCode(200);

        confirm(acme().header("Idempotency-Key", key), order.id(), promised(first)).statusCode(200)
                .body("promisedDate", equalTo(later.toString()))
                .body("confirmations", equalTo(2));

        assertEquals(later.toString(), acmeView(order.itemCode()).orElseThrow().get("promisedDate"));
    }

    @Test
    void an_idempotency_key_reused_for_another_date_is_refused() {
        Opened order = acmeOrder();
        String key = UUID.randomUUID().toString();
        confirm(acme().header("Idempotency-Key", key), order.id(), promised(inDays(10))).statusCode(200);

        confirm(acme().header("Idempotency-Key", key), order.id(), promised(inDays(20))).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));

        assertEquals(1, acmeView(order.itemCode()).orElseThrow().get("confirmations"));
    }

    @Test
    void our_own_staff_do_not_confirm_for_a_supplier() {
        Opened order = acmeOrder();

        confirm(given().auth().oauth2(Tokens.user("planner")), order.id(), promised(inDays(8)))
                .statusCode(403).contentType("application/problem+json");
        confirm(given(), order.id(), promised(inDays(8)))
                .statusCode(401).contentType("application/problem+json");

        assertEquals("OPEN", acmeView(order.itemCode()).orElseThrow().get("status"));
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/" + Checkout.database(DATABASE),
                LocalStack.dbUser(), LocalStack.dbPassword());
    }

    private static String statusInDatabase(String orderId) {
        try (Connection connection = database();
             var statement = connection.prepareStatement("select status from purchase_order where id = ?::uuid")) {
            statement.setString(1, orderId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setStatusInDatabase(String orderId, String status) {
        try (Connection connection = database();
             var statement = connection.prepareStatement("update purchase_order set status = ? where id = ?::uuid")) {
            statement.setString(1, status);
            statement.setString(2, orderId);
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
