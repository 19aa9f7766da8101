package io.forgeline.quality.spc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class SpcAnalysisResourceTest {

    /** Numbers read as doubles: REST Assured's default floats would lose the precision compared. */
    private static io.restassured.specification.RequestSpecification engineer() {
        return given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.user("quality")).contentType(ContentType.JSON);
    }

    @Test
    void a_quality_engineer_charts_subgroups_with_capability_and_violations() {
        engineer().body("""
                {"chart":"xbar-r","subgroups":[[1,2,3],[2,3,4],[3,4,5],[9,10,11]],"lsl":0,"usl":12}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(200)
                .body("chart", equalTo("xbar-r"))
                .body("center", closeTo(4.75, 1e-9))
                .body("secondary.center", closeTo(2.0, 1e-9))
                .body("capability.cp", closeTo(12 / (6 * 2 / 1.693), 1e-6))
                .body("points", hasSize(4))
                .body("violations.rule", hasItem(1))
                .body("violations.findAll { it.rule == 1 }.index", contains(0, 3)); // means 2 and 10 outside 4.75 ± 2.05
    }

    @Test
    void individuals_against_a_known_standard() {
        engineer().body("""
                {"chart":"i-mr","values":[0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5],"center":0,"sigma":1}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(200)
                .body("ucl", closeTo(3.0, 1e-9))
                .body("capability", nullValue())
                .body("violations", hasSize(1))
                .body("violations[0].rule", equalTo(2))
                .body("violations[0].index", equalTo(8));
    }

    @Test
    void attribute_counts_with_their_sample_sizes() {
        engineer().body("""
                {"chart":"p","counts":[1,2,3,2],"sizes":[50,50,50,50]}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(200)
                .body("center", closeTo(0.04, 1e-9))
                .body("lcl", closeTo(0, 1e-12))
                .body("secondary", nullValue());
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        engineer().body("""
                {"chart":"xbar-r","subgroups":[[1,2,3],[2,3]],"lsl":5,"usl":4,"rules":"mine"}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("/subgroups/1"))
                .body("errors.field", hasItem("/lsl"))
                .body("errors.field", hasItem("/rules"));
        engineer().body("""
                {"chart":"pareto","values":[1,2]}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(400).body("errors[0].field", equalTo("/chart"))
                .body("errors[0].message", containsString("xbar-r"));
        engineer().body("""
                {"chart":"p","counts":[3,60],"sizes":[50,50]}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(400).body("errors[0].field", equalTo("/counts/1"));
        engineer().body("""
                {"chart":"i-mr","values":[1,"x"]}""")
                .when().post("/api/quality/spc/analyses")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void operators_and_planners_do_not_analyse() {
        given().auth().oauth2(Tokens.user("operator")).contentType(ContentType.JSON).body("{\"chart\":\"c\",\"counts\":[1,2]}")
                .when().post("/api/quality/spc/analyses").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"chart\":\"c\",\"counts\":[1,2]}")
                .when().post("/api/quality/spc/analyses").then().statusCode(401);
    }
}
