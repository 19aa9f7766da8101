package io.forgeline.quality.inspectionplan;

import static io.restassured.RestAssured.given;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.platform.items.ItemChanges;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.Tokens;
import java.util.Locale;
import java.util.UUID;

/** Items of a test's own, published to the item master copy as scheduling would, with a first plan once it knows them. */
public final class PlannedItems {

    private PlannedItems() {
    }

    public static String newItem(String prefix) {
        String item = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        KafkaProbe.send("scheduling.items.v1", item, ItemChanged.newBuilder().setCode(item).setDescription("Test item " + item)
                        .setUnit("PCE").setMakeOrBuy("MAKE").setVersion(System.currentTimeMillis() * 1000)
                        .setChangedAt("2030-01-01T08:00:00Z").build().toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ItemChanges.CHANGED));
        return item;
    }

    /** Saves the plan as a quality engineer, retrying while the item copy does not know its item yet (422). */
    public static void planned(String code, String plan) {
        Eventually.within(Eventually.EVENT_APPLIED, () -> {
            int status = given().auth().oauth2(Tokens.user("quality")).contentType("application/json").body(plan)
                    .when().put("/api/quality/inspection-plans/" + code).then().extract().statusCode();
            if (status != 201 && status != 200 && status != 422) {
                throw new AssertionError("PUT plan " + code + " → " + status);
            }
            return status != 422;
        }, "plan " + code + " saved");
    }
}
