package io.forgeline.quality.sampling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class SamplingPlanResourceTest {

    @Test
    void the_plan_for_a_lot_of_1000_at_aql_1_on_level_ii() {
        given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("lotSize", 1000).queryParam("aql", "1.0").queryParam("inspectionLevel", "II")
                .queryParam("severity", "normal").queryParam("scheme", "ISO2859-1")
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(200)
                .body("codeLetter", equalTo("J")).body("sampleSize", equalTo(80)).body("inspectQuantity", equalTo(80))
                .body("acceptance", equalTo(2)).body("rejection", equalTo(3));
    }

    @Test
    void the_aql_is_compared_as_a_number_and_a_sample_larger_than_the_lot_inspects_it_whole() {
        given().auth().oauth2(Tokens.user("quality"))
                .queryParam("lotSize", 5).queryParam("aql", "0.65")
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(200)
                .body("codeLetter", equalTo("A")).body("planLetter", equalTo("F")).body("sampleSize", equalTo(20))
                .body("inspectQuantity", equalTo(5)).body("wholeLot", equalTo(true))
                .body("acceptance", equalTo(0)).body("rejection", equalTo(1));
        given().auth().oauth2(Tokens.user("quality"))
                .queryParam("lotSize", 600000).queryParam("aql", "0.01").queryParam("inspectionLevel", "III")
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(200).body("codeLetter", equalTo("R")).body("sampleSize", equalTo(1250));
    }

    @Test
    void z1_4_reduced_plans_keep_their_gap() {
        given().auth().oauth2(Tokens.user("quality"))
                .queryParam("lotSize", 2000).queryParam("aql", "1").queryParam("severity", "reduced").queryParam("scheme", "Z1.4")
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(200)
                .body("codeLetter", equalTo("K")).body("sampleSize", equalTo(50))
                .body("acceptance", equalTo(1)).body("rejection", equalTo(4));
    }

    @Test
    void every_wrong_parameter_is_named() {
        given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("lotSize", "many").queryParam("aql", "0.3").queryParam("inspectionLevel", "IV")
                .queryParam("severity", "strict").queryParam("scheme", "MIL")
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("lotSize", "aql", "inspectionLevel", "severity", "scheme"));
        given().auth().oauth2(Tokens.user("inspector"))
                .when().get("/api/quality/sampling-plans")
                .then().statusCode(400).body("errors.field", hasItems("lotSize", "aql"));
    }

    @Test
    void operators_do_not_look_up_sampling_plans() {
        given().auth().oauth2(Tokens.user("operator")).queryParam("lotSize", 1000).queryParam("aql", "1.0")
                .when().get("/api/quality/sampling-plans").then().statusCode(403);
    }
}
