package io.forgeline.quality.switching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The switching rules as stored and audited, lot by lot through the REST API, and what a quality engineer says of them. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class SwitchingStateTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static String supplier() {
        return "SUP-S" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A lot of 1000 bearings whose noise sample finds {@code noisy} units, diameters all within tolerance. */
    private static void inspected(String supplier, int noisy) {
        String lot = as("inspector").body("""
                {"itemCode":"BEARING-6204","supplierCode":"%s","lot":"%s","lotSize":"1000","unit":"PCE"}""".formatted(supplier, UUID.randomUUID()))
                .when().post("/api/quality/inspection-lots").then().statusCode(201).extract().path("id");
        String diameters = "\"19.995\",".repeat(12) + "\"19.995\"";
        as("inspector").body("{\"characteristic\":\"BORE\",\"values\":[" + diameters + "]}").post("/api/quality/inspection-lots/" + lot + "/results")
                .then().statusCode(201);
        as("inspector").body("{\"characteristic\":\"OD\",\"values\":[" + diameters.replace("19.995", "46.995") + "]}")
                .post("/api/quality/inspection-lots/" + lot + "/results").then().statusCode(201);
        as("inspector").body("{\"characteristic\":\"NOISE\",\"nonconforming\":" + noisy + "}").post("/api/quality/inspection-lots/" + lot + "/results")
                .then().statusCode(201).body("status", equalTo("DECIDED"));
    }

    private static ValidatableResponse states(String supplier) {
        return as("quality").queryParam("itemCode", "BEARING-6204").queryParam("supplierCode", supplier)
                .when().get("/api/quality/switching-states").then().statusCode(200);
    }

    @Test
    void each_change_of_severity_is_recorded_with_its_reason_and_lot() {
        String supplier = supplier();
        inspected(supplier, 3);
        inspected(supplier, 0);
        inspected(supplier, 3);
        states(supplier)
                .body("find { it.defectClass == 'MINOR' }.severity", equalTo("tightened"))
                .body("find { it.defectClass == 'MINOR' }.changes[0].from", equalTo("NORMAL"))
                .body("find { it.defectClass == 'MINOR' }.changes[0].reason", equalTo("2 of the last 3 lots on normal inspection not accepted"))
                .body("find { it.defectClass == 'MAJOR' }.severity", equalTo("normal"));
    }

    @Test
    void five_lots_rejected_on_tightened_discontinue_until_an_engineer_resumes() {
        String supplier = supplier();
        for (int i = 0; i < 7; i++) {
            inspected(supplier, 4);
        }
        states(supplier).body("find { it.defectClass == 'MINOR' }.discontinued", equalTo(true))
                .body("find { it.defectClass == 'MINOR' }.changes.reason", hasItems(containsString("acceptance inspection discontinued")));

        as("quality").body("{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"" + supplier + "\",\"defectClass\":\"MINOR\"}")
                .when().post("/api/quality/switching-states/resumption").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String resumption = "{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"" + supplier + "\",\"defectClass\":\"MINOR\",\"reason\":\"8D-77: new grease\"}";
        String key = UUID.randomUUID().toString();
        as("quality").header("Idempotency-Key", key).body(resumption)
                .when().post("/api/quality/switching-states/resumption").then().statusCode(200)
                .body("severity", equalTo("tightened")).body("discontinued", equalTo(false));
        // the engineer's browser retries: answered like the first time, not resumed (nor audited) twice
        as("quality").header("Idempotency-Key", key).body(resumption)
                .when().post("/api/quality/switching-states/resumption").then().statusCode(200).body("discontinued", equalTo(false));
        as("quality").body("{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"" + supplier + "\",\"defectClass\":\"MINOR\",\"reason\":\"again\"}")
                .when().post("/api/quality/switching-states/resumption").then().statusCode(409);
        states(supplier).body("find { it.defectClass == 'MINOR' }.changes[-1].reason", equalTo("resumed: 8D-77: new grease"))
                .body("find { it.defectClass == 'MINOR' }.changes.findAll { it.reason.startsWith('resumed') }.size()", equalTo(1));
    }

    @Test
    void reduced_inspection_follows_once_an_engineer_approves_it() {
        String supplier = supplier();
        as("quality").body("{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"" + supplier
                        + "\",\"defectClass\":\"MINOR\",\"productionSteady\":true,\"reducedApproved\":true}")
                .when().post("/api/quality/switching-states/conditions").then().statusCode(200).body("reducedApproved", equalTo(true));
        // noise on J 80 2/3 at AQL 1.0: one nonconforming unit passes at 0.65 (1/2) too, so each lot scores 3
        for (int i = 0; i < 10; i++) {
            inspected(supplier, 1);
        }
        states(supplier).body("find { it.defectClass == 'MINOR' }.severity", equalTo("reduced"))
                .body("find { it.defectClass == 'MINOR' }.changes[0].reason", containsString("switching score 30"));
        as("inspector").body("""
                {"itemCode":"BEARING-6204","supplierCode":"%s","lot":"R","lotSize":"1000","unit":"PCE"}""".formatted(supplier))
                .when().post("/api/quality/inspection-lots").then().statusCode(201)
                .body("characteristics.find { it.code == 'NOISE' }.severity", equalTo("reduced"))
                .body("characteristics.find { it.code == 'NOISE' }.sampleSize", equalTo(32));
    }

    @Test
    void conditions_are_refused_naming_the_fields() {
        as("quality").body("{\"defectClass\":\"SEVERE\"}").when().post("/api/quality/switching-states/conditions")
                .then().statusCode(400).body("errors.field", hasItems("itemCode", "defectClass", "productionSteady", "reducedApproved"));
        as("inspector").body("{}").when().post("/api/quality/switching-states/conditions").then().statusCode(403);
    }
}
