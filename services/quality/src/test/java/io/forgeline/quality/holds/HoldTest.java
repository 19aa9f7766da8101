package io.forgeline.quality.holds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Quality engineers hold a supplier's lot, one lot or every lot of an item and lift the hold; each goes out once on
 * quality.holds.v1 keyed by item. Each test holds lots of its own of an item the item master copy knows.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class HoldTest {

    private static final String TOPIC = "quality.holds.v1";
    private static String item;

    @org.junit.jupiter.api.BeforeEach
    void anItemTheCopyKnows() {
        if (item == null) {
            item = io.forgeline.quality.inspectionplan.PlannedItems.knownItem("HELD");
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType("application/json");
    }

    private static String lot() {
        return "L-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String place(String body) {
        return as("quality").body(body).when().post("/api/quality/holds").then().statusCode(201).extract().path("id");
    }

    private static ConsumerRecord<String, byte[]> published(String ceType, String holdId) {
        return KafkaProbe.await(TOPIC, record -> ceType.equals(KafkaProbe.header(record, "ce_type")) && contains(record, holdId),
                Eventually.EVENT_APPLIED).orElseThrow(() -> new AssertionError("no " + ceType + " for hold " + holdId));
    }

    private static boolean contains(ConsumerRecord<String, byte[]> record, String holdId) {
        try {
            return HoldPlaced.parseFrom(record.value()).getHoldId().equals(holdId);
        } catch (InvalidProtocolBufferException unreadable) {
            return false;
        }
    }

    @Test
    void an_engineer_holds_a_suppliers_lot_and_warehouse_is_told() throws Exception {
        String lot = lot();
        String id = place("{\"itemCode\":\"%s\",\"lot\":\"%s\",\"supplierCode\":\"ACME\",\"reason\":\"customer complaint: noisy bearings\"}"
                .formatted(item, lot));

        as("operator").when().get("/api/quality/holds/" + id).then().statusCode(200)
                .body("number", containsString("HOLD-")).body("status", equalTo("ON"))
                .body("subject", equalTo("lot " + lot + " of " + item + " from ACME")).body("placedBy", equalTo("quality"));
        ConsumerRecord<String, byte[]> record = published("io.forgeline.quality.hold-placed.v1", id);
        assertEquals(item, record.key());
        HoldPlaced placed = HoldPlaced.parseFrom(record.value());
        assertEquals(lot, placed.getLot());
        assertEquals("ACME", placed.getSupplierCode());
        assertEquals("customer complaint: noisy bearings", placed.getReason());
        as("clerk").queryParam("itemCode", item).when().get("/api/quality/holds").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void a_lifted_hold_says_who_cleared_it_and_why_and_is_lifted_once() throws Exception {
        String id = place("{\"itemCode\":\"%s\",\"lot\":\"%s\",\"reason\":\"wrong grease suspected\"}".formatted(item, lot()));

        as("quality").body("{\"reason\":\"lab found the right grease\"}").when().post("/api/quality/holds/" + id + "/lift")
                .then().statusCode(200).body("status", equalTo("LIFTED")).body("liftedBy", equalTo("quality"))
                .body("liftReason", equalTo("lab found the right grease")).body("liftedAt", notNullValue());
        as("quality").body("{\"reason\":\"again\"}").when().post("/api/quality/holds/" + id + "/lift")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("was lifted already"));

        HoldLifted lifted = HoldLifted.parseFrom(published("io.forgeline.quality.hold-lifted.v1", id).value());
        assertEquals("lab found the right grease", lifted.getReason());
        as("inspector").queryParam("itemCode", item).when().get("/api/quality/holds").then().statusCode(200)
                .body("id", not(hasItem(id)));
        as("inspector").queryParam("itemCode", item).queryParam("status", "LIFTED").when().get("/api/quality/holds")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void one_hold_on_a_thing_at_a_time() {
        String lot = lot();
        String first = place("{\"itemCode\":\"%s\",\"lot\":\"%s\",\"reason\":\"first\"}".formatted(item, lot));
        String number = as("quality").when().get("/api/quality/holds/" + first).then().extract().path("number");

        as("quality").body("{\"itemCode\":\"%s\",\"lot\":\"%s\",\"reason\":\"second\"}".formatted(item, lot))
                .when().post("/api/quality/holds").then().statusCode(409)
                .body("detail", equalTo(number + " already holds lot " + lot + " of " + item));
    }

    @Test
    void a_hold_is_refused_naming_every_wrong_field() {
        as("quality").body("{\"supplierCode\":\"ACME\"}").when().post("/api/quality/holds").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("/itemCode", "/lot", "/reason"));
        as("quality").body("{\"itemCode\":\"NO-SUCH-ITEM\",\"reason\":\"x\"}").when().post("/api/quality/holds").then()
                .statusCode(422).body("errors[0].field", equalTo("itemCode"));
        as("quality").body("{}").when().post("/api/quality/holds/" + UUID.randomUUID() + "/lift").then().statusCode(400)
                .body("errors[0].field", equalTo("/reason"));
        as("quality").body("{\"reason\":\"x\"}").when().post("/api/quality/holds/" + UUID.randomUUID() + "/lift").then().statusCode(404);
    }

    @Test
    void a_lot_longer_than_any_label_holds_is_refused_and_nothing_is_held() {
        String longLot = "L".repeat(65);
        as("quality").body("{\"itemCode\":\"%s\",\"lot\":\"%s\",\"reason\":\"%s\"}".formatted(item, longLot, "r".repeat(4001)))
                .when().post("/api/quality/holds").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("/lot", "/reason"))
                .body("errors.message", containsInAnyOrder("must be at most 64 characters", "must be at most 4000 characters"));
        as("quality").queryParam("itemCode", item).when().get("/api/quality/holds").then().statusCode(200)
                .body("lot", not(hasItem(longLot)));
    }

    @Test
    void only_quality_engineers_hold_stock() {
        as("inspector").body("{\"itemCode\":\"%s\",\"reason\":\"x\"}".formatted(item)).when().post("/api/quality/holds")
                .then().statusCode(403);
        as("quality").when().get("/api/quality/holds?status=SOMETIMES").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
