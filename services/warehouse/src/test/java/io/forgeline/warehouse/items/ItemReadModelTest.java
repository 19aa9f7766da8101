package io.forgeline.warehouse.items;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.ident.key.CheckDigit;
import io.forgeline.platform.items.ItemChanges;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.Inbox;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared item copy (platform-items) against the real broker and database, seen through the warehouse:
 * inserts, newer and stale versions, redelivery, poison; then the warehouse's own lookups (stock views, GTIN).
 * Quality and supply test only where their users meet the copy.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ItemReadModelTest.DATABASE))
class ItemReadModelTest {

    static final String DATABASE = "forgeline_test_warehouse";
    private static final String TOPIC = "scheduling.items.v1";
    private static final Duration WAIT = Eventually.EVENT_APPLIED;

    /** A code no other test (nor scheduling's own tests on the shared broker) publishes. */
    private static String newItemCode() {
        return "T-ITEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static ItemChanged.Builder item(String code, long version, String description) {
        return ItemChanged.newBuilder().setCode(code).setDescription(description).setUnit("PCE").setMakeOrBuy("BUY")
                .setGtin("").setProductFamily("").setSupplierCode("ACME").setVersion(version)
                .setChangedAt("2030-01-0" + (1 + version % 9) + "T08:00:00Z");
    }

    /** Publishes as scheduling's outbox relay would: keyed by item code, CloudEvents headers; returns the ce_id. */
    private static String publish(ItemChanged.Builder item) {
        return publish(item, UUID.randomUUID().toString());
    }

    private static String publish(ItemChanged.Builder item, String ceId) {
        return publish(item, ceId, ItemChanges.CHANGED);
    }

    private static String publish(ItemChanged.Builder item, String ceId, String ceType) {
        KafkaProbe.send(TOPIC, item.getCode(), item.build().toByteArray(), KafkaProbe.cloudEvent(ceId, ceType));
        return ceId;
    }

    private static String descriptionOf(String code) {
        var response = given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/items/" + code);
        return response.statusCode() == 200 ? response.jsonPath().getString("description") : null;
    }

    @Test
    void an_item_change_puts_the_item_into_the_warehouse_copy() {
        String code = newItemCode();
        publish(item(code, 1, "Deep groove ball bearing").setGtin("4012345678901"));

        Eventually.within(WAIT, () -> "Deep groove ball bearing".equals(descriptionOf(code)), code + " in the item copy");
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/items/" + code)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("unit", equalTo("PCE"))
                .body("makeOrBuy", equalTo("BUY"))
                .body("gtin", equalTo("4012345678901"))
                .body("productFamily", nullValue())
                .body("supplierCode", equalTo("ACME"))
                .body("version", equalTo(1))
                .body("changedAt", equalTo("2030-01-02T08:00:00Z"));
    }

    @Test
    void a_newer_version_replaces_the_item() {
        String code = newItemCode();
        publish(item(code, 1, "Shaft, raw"));
        Eventually.within(WAIT, () -> "Shaft, raw".equals(descriptionOf(code)), "first version of " + code);

        publish(item(code, 2, "Shaft, ground").setUnit("KG"));

        Eventually.within(WAIT, () -> "Shaft, ground".equals(descriptionOf(code)), "second version of " + code);
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/items/" + code)
                .then().statusCode(200).body("unit", equalTo("KG")).body("version", equalTo(2));
    }

    @Test
    void an_older_version_arriving_late_changes_nothing() {
        String code = newItemCode();
        publish(item(code, 3, "Housing, current drawing"));
        Eventually.within(WAIT, () -> "Housing, current drawing".equals(descriptionOf(code)), "version 3 of " + code);

        String stale = publish(item(code, 2, "Housing, old drawing"));

        Inbox.awaitProcessed(DATABASE, stale, WAIT);
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/items/" + code)
                .then().statusCode(200)
                .body("description", equalTo("Housing, current drawing"))
                .body("version", equalTo(3));
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String code = newItemCode();
        String ceId = publish(item(code, 1, "Gasket"));
        Eventually.within(WAIT, () -> "Gasket".equals(descriptionOf(code)), code + " in the item copy");

        // A redelivery carries the same ce_id; a newer payload under it shows whether it was applied a second time.
        publish(item(code, 5, "Gasket, applied twice"), ceId);
        // Same key, same partition: once this later record of a type the consumer skips is handled, so is the redelivery.
        String after = publish(item(code, 9, "marker"), UUID.randomUUID().toString(), "io.forgeline.test.marker.v1");

        Inbox.awaitProcessed(DATABASE, after, WAIT);
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/items/" + code)
                .then().statusCode(200)
                .body("description", equalTo("Gasket"))
                .body("version", equalTo(1));
    }

    @Test
    void the_stock_view_names_the_item_as_the_item_master_describes_it() {
        // Bearings are in the demo stock. Every test on the shared broker that publishes them uses the time in
        // microseconds as version, so this one is newer than anything a copy may already hold.
        long version = System.currentTimeMillis() * 1000;
        String description = "Deep groove ball bearing 6204-2RS (" + version + ")";
        publish(item("BEARING-6204", version, description));

        Eventually.within(WAIT, () -> description.equals(given().auth().oauth2(Tokens.user("clerk"))
                .queryParam("itemCode", "BEARING-6204").when().get("/api/warehouse/stock")
                .then().statusCode(200).extract().path("description")), "bearing stock described");
        given().auth().oauth2(Tokens.user("clerk"))
                .queryParam("itemCode", "BEARING-6204")
                .when().get("/api/warehouse/stock")
                .then().statusCode(200)
                .body("available.amount", equalTo("60"));
    }

    @Test
    void an_item_we_hold_nothing_of_is_counted_in_its_own_unit() {
        String code = newItemCode();
        publish(item(code, 1, "Cutting oil").setUnit("L"));
        Eventually.within(WAIT, () -> "Cutting oil".equals(descriptionOf(code)), code + " in the item copy");

        given().auth().oauth2(Tokens.user("planner"))
                .queryParam("itemCode", code)
                .when().get("/api/warehouse/stock")
                .then().statusCode(200)
                .body("description", equalTo("Cutting oil"))
                .body("available.amount", equalTo("0"))
                .body("available.unit", equalTo("L"))
                .body("lots", hasSize(0));
    }

    @Test
    void a_scanned_14_digit_gtin_finds_the_item_the_master_holds_with_13_digits() {
        String code = newItemCode();
        String gtin13 = CheckDigit.append("4" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        publish(item(code, 1, "Bearing cap").setGtin(gtin13));
        Eventually.within(WAIT, () -> "Bearing cap".equals(descriptionOf(code)), code + " in the item copy");

        given().auth().oauth2(Tokens.user("clerk"))
                .queryParam("gtin", "0" + gtin13)
                .when().get("/api/warehouse/items")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].code", equalTo(code))
                .body("[0].unit", equalTo("PCE"));
    }

    private static void assertGtinRefused(String gtin, String reason) {
        given().auth().oauth2(Tokens.user("clerk"))
                .queryParam("gtin", gtin)
                .when().get("/api/warehouse/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gtin"))
                .body("errors[0].message", equalTo(reason));
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_is_refused_naming_the_parameter_not_answered_with_nothing() {
        assertGtinRefused("4012345678902", "GTIN-13 4012345678902 has check digit 2 but its digits need 1");
    }

    @Test
    void a_gtin_that_is_not_8_12_13_or_14_digits_is_refused_naming_the_parameter() {
        assertGtinRefused("40123-45", "'-' is not a digit");
        assertGtinRefused("4012345", "a GTIN has 8, 12, 13 or 14 digits, not 7");
    }

    @Test
    void an_item_the_master_never_published_is_not_found() {
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/items/NO-SUCH-ITEM")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("item NO-SUCH-ITEM does not exist"));
    }

    @Test
    void an_item_change_without_a_code_is_parked_on_the_dead_letter_topic() {
        String marker = "no code " + UUID.randomUUID();
        publish(item("", 1, marker));

        assertTrue(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                return Objects.equals(marker, ItemChanged.parseFrom(record.value()).getDescription());
            } catch (Exception unreadable) {
                return false;
            }
        }, Duration.ofSeconds(30)).isPresent());
    }
}
