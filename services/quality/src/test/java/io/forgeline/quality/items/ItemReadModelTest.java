package io.forgeline.quality.items;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
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
import org.junit.jupiter.api.Test;

/**
 * The item copy seen where quality users meet it: the inspection plan of the demo bearing. Every test on the
 * shared broker that publishes BEARING-6204 uses the time in microseconds as version, so each test's
 * versions are newer than anything the copy already holds, and offsets within a test order its own values.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ItemReadModelTest.DATABASE))
class ItemReadModelTest {

    static final String DATABASE = "forgeline_test_quality";
    private static final String TOPIC = "scheduling.items.v1";
    private static final String BEARING = "BEARING-6204";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static long now() {
        return System.currentTimeMillis() * 1000;
    }

    private static ItemChanged.Builder bearing(long version, String description) {
        return ItemChanged.newBuilder().setCode(BEARING).setDescription(description).setUnit("PCE").setMakeOrBuy("BUY")
                .setGtin("4012345678901").setSupplierCode("ACME").setVersion(version).setChangedAt("2030-01-01T08:00:00Z");
    }

    /** Publishes as scheduling's outbox relay would: keyed by item code, CloudEvents headers; returns the ce_id. */
    private static String publish(ItemChanged.Builder item) {
        return publish(item, UUID.randomUUID().toString(), ItemChanges.CHANGED);
    }

    private static String publish(ItemChanged.Builder item, String ceId, String ceType) {
        KafkaProbe.send(TOPIC, item.getCode(), item.build().toByteArray(), KafkaProbe.cloudEvent(ceId, ceType));
        return ceId;
    }

    private static String describedAs() {
        return given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("itemCode", BEARING)
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(200).extract().path("[0].itemDescription");
    }

    private static void awaitDescription(String description) {
        Eventually.within(WAIT, () -> Objects.equals(description, describedAs()), "bearing plan described as " + description);
    }

    @Test
    void an_item_change_names_the_item_on_its_inspection_plan() {
        String description = "Deep groove ball bearing 6204-2RS " + UUID.randomUUID();
        publish(bearing(now(), description));

        awaitDescription(description);
        given().auth().oauth2(Tokens.user("quality"))
                .queryParam("itemCode", BEARING)
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(200)
                .body("[0].code", equalTo("IP-BEARING-6204-IN"))
                .body("[0].itemCode", equalTo(BEARING))
                .body("[0].itemDescription", equalTo(description));
    }

    @Test
    void a_newer_version_replaces_the_description() {
        long base = now();
        publish(bearing(base + 1, "Bearing, old name " + base));
        awaitDescription("Bearing, old name " + base);

        publish(bearing(base + 2, "Bearing, new name " + base));

        awaitDescription("Bearing, new name " + base);
    }

    @Test
    void an_older_version_arriving_late_changes_nothing() {
        long base = now();
        publish(bearing(base + 3, "Bearing, current " + base));
        awaitDescription("Bearing, current " + base);

        String stale = publish(bearing(base + 2, "Bearing, stale " + base));

        Inbox.awaitProcessed(DATABASE, stale, WAIT);
        assertEquals("Bearing, current " + base, describedAs());
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        long base = now();
        String ceId = publish(bearing(base + 1, "Bearing, first delivery " + base));
        awaitDescription("Bearing, first delivery " + base);

        // A redelivery carries the same ce_id; a newer payload under it shows whether it was applied a second time.
        publish(bearing(base + 5, "Bearing, applied twice " + base), ceId, ItemChanges.CHANGED);
        // Same key, same partition: once this later record of a type the consumer skips is handled, so is the redelivery.
        String after = publish(bearing(base + 9, "marker"), UUID.randomUUID().toString(), "io.forgeline.test.marker.v1");

        Inbox.awaitProcessed(DATABASE, after, WAIT);
        assertEquals("Bearing, first delivery " + base, describedAs());
    }
}
