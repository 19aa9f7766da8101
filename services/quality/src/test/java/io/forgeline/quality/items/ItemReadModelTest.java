package io.forgeline.quality.items;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.platform.items.ItemChanges;
import io.forgeline.testing.Eventually;
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
 * How the shared consumer (platform-items) treats stale, redelivered and poison events is proven once, in
 * warehouse's ItemReadModelTest.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ItemReadModelTest.DATABASE))
class ItemReadModelTest {

    static final String DATABASE = "forgeline_test_quality";
    private static final String TOPIC = "scheduling.items.v1";
    private static final String BEARING = "BEARING-6204";
    private static final Duration WAIT = Eventually.EVENT_APPLIED;

    private static long now() {
        return System.currentTimeMillis() * 1000;
    }

    private static ItemChanged.Builder bearing(long version, String description) {
        return ItemChanged.newBuilder().setCode(BEARING).setDescription(description).setUnit("PCE").setMakeOrBuy("BUY")
                .setGtin("4012345678901").setSupplierCode("ACME").setVersion(version).setChangedAt("2030-01-01T08:00:00Z");
    }

    /** Publishes as scheduling's outbox relay would: keyed by item code, CloudEvents headers. */
    private static void publish(ItemChanged.Builder item) {
        KafkaProbe.send(TOPIC, item.getCode(), item.build().toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ItemChanges.CHANGED));
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
}
