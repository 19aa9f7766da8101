package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden thread step 5 through the gateway with every service a real process: a pallet received at the dock opens its
 * incoming inspection lot, the inspector finds it by scanning the pallet and records the sample, and the usage
 * decision releases (or blocks) exactly that pallet's stock in the warehouse.
 */
class QualityThreadTest {

    @Test
    void an_accepted_sample_releases_the_pallet_it_was_drawn_from() {
        String sscc = Purchasing.receivedHandlingUnit();
        Map<String, Object> lot = lotOnThePallet(sscc);
        assertThat(lot).containsEntry("origin", "RECEIPT").containsEntry("supplierCode", "ACME").containsEntry("lotSize", "10");

        recordSample((String) lot.get("id"), characteristics(lot), 0);

        Eventually.within(Eventually.EVENT_APPLIED, () -> "AVAILABLE".equals(statusOf(sscc)), "pallet " + sscc + " released");
        as("inspector").when().get("/api/quality/inspection-lots/{id}", lot.get("id")).then().statusCode(200)
                .body("decision.outcome", org.hamcrest.Matchers.equalTo("ACCEPTED"));
    }

    @Test
    void a_rejected_sample_blocks_the_pallet() {
        String sscc = Purchasing.receivedHandlingUnit();
        Map<String, Object> lot = lotOnThePallet(sscc);

        recordSample((String) lot.get("id"), characteristics(lot), 1);

        Eventually.within(Eventually.EVENT_APPLIED, () -> "BLOCKED".equals(statusOf(sscc)), "pallet " + sscc + " blocked");
    }

    private static Map<String, Object> lotOnThePallet(String sscc) {
        Eventually.within(Eventually.EVENT_APPLIED, () -> !lots(sscc).isEmpty(), "an inspection lot for pallet " + sscc);
        List<Map<String, Object>> found = lots(sscc);
        assertThat(found).as("lots opened by pallet " + sscc).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> lots(String sscc) {
        return as("inspector").queryParam("scan", "]C100" + sscc).when().get("/api/quality/inspection-lots").then().statusCode(200)
                .extract().jsonPath().getList("lots");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> characteristics(Map<String, Object> lot) {
        return (List<Map<String, Object>>) lot.get("characteristics");
    }

    /**
     * The whole sample of every characteristic: measured ones at their nominal size, judged ones with {@code noisy}
     * nonconforming units.
     */
    private static void recordSample(String lotId, List<Map<String, Object>> characteristics, int noisy) {
        for (Map<String, Object> characteristic : characteristics) {
            int units = (Integer) characteristic.get("inspectQuantity");
            String body;
            if ("VARIABLE".equals(characteristic.get("kind"))) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < units; i++) {
                    values.add(characteristic.get("upperLimit").toString());
                }
                body = "{\"characteristic\":\"" + characteristic.get("code") + "\",\"values\":[\"" + String.join("\",\"", values) + "\"]}";
            } else {
                body = "{\"characteristic\":\"" + characteristic.get("code") + "\",\"nonconforming\":" + noisy + "}";
            }
            as("inspector").contentType(ContentType.JSON).body(body).when().post("/api/quality/inspection-lots/{id}/results", lotId)
                    .then().statusCode(201);
        }
    }

    private static String statusOf(String sscc) {
        List<Map<String, Object>> lines = as("clerk").queryParam("itemCode", Purchasing.ITEM).when().get("/api/warehouse/stock").then()
                .statusCode(200).extract().jsonPath().getList("lots.findAll { it.handlingUnit == '" + sscc + "' }");
        return lines.size() == 1 ? (String) lines.get(0).get("status") : "lines: " + lines;
    }
}
