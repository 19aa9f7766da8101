package io.forgeline.supply.webhooks;

import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.testing.Checkout;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A supplier's receiver gets signed webhooks, retried after a failure, replayable, signed with both secrets in a rotation. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static JsonPath register(String url, String... events) {
        return acme().contentType(ContentType.JSON)
                .body("{\"url\":\"" + url + "\",\"events\":[\"" + String.join("\",\"", events) + "\"]}")
                .when().post("/partner/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static String newOrder() {
        return buyerOrder("ACME", "7", LocalDate.now(ZoneOffset.UTC).plusDays(15), true, item("T-HOOK-", null)).statusCode(201)
                .extract().path("id");
    }

    /** Standard Webhooks, computed here independently of the service's own code. */
    private static boolean signedWith(String secret, Receiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((request.headers().get("webhook-id") + "."
                + request.headers().get("webhook-timestamp") + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(request.headers().get("webhook-signature").split(" ")).contains(expected);
    }

    @Test
    void a_new_order_reaches_the_suppliers_receiver_signed_and_again_after_a_500() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath endpoint = register(receiver.url(), "purchase-order.created");
            String secret = endpoint.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            receiver.failNext(1);

            String order = newOrder();

            Eventually.within(WAIT, () -> receiver.received().size() >= 2, "the message, and its retry after the 500");
            Receiver.Received first = receiver.received().get(0);
            Receiver.Received retry = receiver.received().get(1);
            assertEquals(first.headers().get("webhook-id"), retry.headers().get("webhook-id"), "a retry is the same message");
            assertTrue(signedWith(secret, first) && signedWith(secret, retry), "signed with the endpoint's secret");
            JsonPath body = new JsonPath(first.body());
            assertEquals("purchase-order.created", body.getString("type"));
            assertEquals(order, body.getString("data.id"));
            assertEquals("ACME", body.getString("data.supplierCode"));

            String id = endpoint.getString("id");
            Eventually.within(WAIT, () -> "DELIVERED".equals(acme().when().get("/partner/v1/webhooks/{id}/deliveries", id).then()
                    .extract().path("[0].status")), "the delivery logged as delivered");
            acme().when().get("/partner/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                    .body("[0].attempts", equalTo(2))
                    .body("[0].log.statusCode", equalTo(List.of(500, 200)))
                    .body("[0].eventType", equalTo("purchase-order.created"));
        }
    }

    @Test
    void a_supplier_or_a_buyer_replays_a_message_with_its_webhook_id() {
        try (Receiver receiver = new Receiver()) {
            String id = register(receiver.url(), "purchase-order.created").getString("id");
            newOrder();
            Eventually.within(WAIT, () -> receiver.received().size() == 1, "the message");
            Eventually.within(WAIT, () -> "DELIVERED".equals(acme().when().get("/partner/v1/webhooks/{id}/deliveries", id).then()
                    .extract().path("[0].status")), "delivered");
            String delivery = acme().when().get("/partner/v1/webhooks/{id}/deliveries", id).then().extract().path("[0].id");

            acme().when().post("/partner/v1/webhooks/deliveries/{d}/replay", delivery).then().statusCode(200);
            Eventually.within(WAIT, () -> receiver.received().size() == 2, "the replay");
            buyer().when().post("/api/supply/webhooks/deliveries/{d}/replay", delivery).then().statusCode(200);
            Eventually.within(WAIT, () -> receiver.received().size() == 3, "the buyer's replay");

            assertEquals(1, receiver.received().stream().map(r -> r.headers().get("webhook-id")).distinct().count());
            globex().when().post("/partner/v1/webhooks/deliveries/{d}/replay", delivery).then().statusCode(404);
            globex().when().get("/partner/v1/webhooks/{id}", id).then().statusCode(404);
        }
    }

    @Test
    void while_a_secret_rotates_messages_carry_a_signature_for_each() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath endpoint = register(receiver.url(), "purchase-order.created");
            String old = endpoint.getString("secret");
            String fresh = acme().when().post("/partner/v1/webhooks/{id}/secret-rotation", endpoint.getString("id")).then().statusCode(200)
                    .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract().path("secret");

            newOrder();

            Eventually.within(WAIT, () -> receiver.received().size() == 1, "the message");
            Receiver.Received request = receiver.received().getFirst();
            assertTrue(signedWith(fresh, request), "signed with the new secret");
            assertTrue(signedWith(old, request), "and with the old one, during the grace period");
            acme().when().get("/partner/v1/webhooks/{id}", endpoint.getString("id")).then().body("$", org.hamcrest.Matchers.not(
                    org.hamcrest.Matchers.hasKey("secret")));
        }
    }

    @Test
    void an_endpoint_failing_for_days_is_disabled_and_says_why() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String id = register(receiver.url(), "purchase-order.created").getString("id");
            receiver.failNext(100);
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/"
                    + Checkout.database("forgeline_test_supply"), LocalStack.dbUser(), LocalStack.dbPassword());
                 var statement = db.prepareStatement("update webhook_endpoint set failing_since = now() - interval '6 days' where id = ?::uuid")) {
                // six days of failures in a row, as the dispatcher would have recorded them
                statement.setString(1, id);
                assertEquals(1, statement.executeUpdate());
            }

            newOrder();

            Eventually.within(WAIT, () -> "DISABLED".equals(acme().when().get("/partner/v1/webhooks/{id}", id).then().extract().path("status")),
                    "disabled after the next failure");
            acme().when().get("/partner/v1/webhooks/{id}", id).then().body("disabledReason", startsWith("no delivery succeeded since"));
            buyer().when().get("/api/supply/webhooks?supplierCode=ACME").then().statusCode(200).body("status", hasItem("DISABLED"));

            receiver.failNext(0);
            acme().when().post("/partner/v1/webhooks/{id}/enable", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
            Eventually.within(WAIT, () -> receiver.received().stream().anyMatch(r -> true) && "DELIVERED".equals(acme().when()
                    .get("/partner/v1/webhooks/{id}/deliveries", id).then().extract().path("[0].status")), "the waiting message delivered");
        }
    }

    @Test
    void messages_waiting_for_a_switched_off_endpoint_never_hold_up_anyone_elses() throws Exception {
        try (Receiver off = new Receiver(); Receiver on = new Receiver()) {
            String stalled = register(off.url(), "purchase-order.created").getString("id");
            off.failNext(1000);
            String item = item("T-HOOK-", null);
            for (int i = 0; i < 25; i++) { // more than the dispatcher claims at once
                buyerOrder("ACME", "7", LocalDate.now(ZoneOffset.UTC).plusDays(15), true, item).statusCode(201);
            }
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/"
                    + Checkout.database("forgeline_test_supply"), LocalStack.dbUser(), LocalStack.dbPassword());
                 var disable = db.prepareStatement("update webhook_endpoint set status = 'DISABLED', disabled_at = now() where id = ?::uuid");
                 var due = db.prepareStatement("update webhook_delivery set status = 'PENDING', next_attempt_at = now() - interval '1 hour' "
                         + "where endpoint_id = ?::uuid")) {
                // switched off with its messages the oldest due: they wait for the endpoint, the others must not wait for them
                disable.setString(1, stalled);
                disable.executeUpdate();
                due.setString(1, stalled);
                assertTrue(due.executeUpdate() >= 20, "a full batch of messages waits for the switched-off endpoint");
            }
            String listening = register(on.url(), "purchase-order.created").getString("id");
            try {
                String order = newOrder();

                Eventually.within(WAIT, () -> on.received().stream().anyMatch(r -> r.body().contains(order)), "the other endpoint's message");
            } finally {
                acme().when().delete("/partner/v1/webhooks/{id}", listening).then().statusCode(204);
                acme().when().delete("/partner/v1/webhooks/{id}", stalled).then().statusCode(204);
            }
        }
    }

    @Test
    void registrations_are_refused_naming_the_field() {
        acme().contentType(ContentType.JSON).body("{\"url\":\"ftp://example.com/x\",\"events\":[\"purchase-order.created\"]}")
                .when().post("/partner/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        acme().contentType(ContentType.JSON).body("{\"url\":\"https://example.com/x\",\"events\":[\"purchase-order.shipped\"]}")
                .when().post("/partner/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("events[0]"));
        acme().contentType(ContentType.JSON).body("{\"url\":\"https://example.com/x\",\"events\":[]}")
                .when().post("/partner/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("events"));
    }
}
