package io.forgeline.quality.inspectionplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quality engineers write and revise inspection plans: each change is a revision of its own, lots keep the revision
 * they were opened under, sending a plan again changes nothing, and a plan is refused whole naming every wrong field.
 * Each test plans an item of its own, published to the item master copy as scheduling would.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class PlanRevisionTest {

    private String item;
    private String code;

    @BeforeEach
    void anItemOfItsOwn() {
        item = PlannedItems.newItem("PLANNED");
        code = "IP-" + item + "-IN";
        PlannedItems.planned(code, plan("1.0", "S-4"));
    }

    private static RequestSpecification engineer() {
        return given().auth().oauth2(Tokens.user("quality")).contentType("application/json");
    }

    private String plan(String aql, String widthLevel) {
        return """
                {"itemCode":"%s","inspectionType":"INCOMING","aql":"%s","inspectionLevel":"II","note":"first article approved",
                 "characteristics":[
                   {"code":"WIDTH","description":"Ring width","kind":"VARIABLE","nominal":"5.00","lowerLimit":"4.95","upperLimit":"5.05",
                    "unit":"mm","gauge":"Micrometer 0-25","defectClass":"MAJOR","inspectionLevel":"%s"},
                   {"code":"BURR","description":"Burr on the edge","defectClass":"MINOR"}]}""".formatted(item, aql, widthLevel);
    }

    private io.restassured.response.ValidatableResponse save(String body) {
        return engineer().body(body).when().put("/api/quality/inspection-plans/" + code).then();
    }

    @Test
    void an_engineer_writes_a_plan_and_inspectors_find_it() {
        given().auth().oauth2(Tokens.user("quality")).when().get("/api/quality/inspection-plans/" + code)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("revision", equalTo(1)).body("active", equalTo(true))
                .body("aql", equalTo("1")).body("createdBy", notNullValue()).body("note", equalTo("first article approved"))
                .body("characteristics.code", containsInAnyOrder("WIDTH", "BURR"))
                .body("characteristics[0].kind", equalTo("VARIABLE")).body("characteristics[0].lowerLimit", equalTo("4.95"))
                .body("characteristics[0].gauge", equalTo("Micrometer 0-25"))
                .body("characteristics[1].kind", equalTo("ATTRIBUTE")).body("characteristics[1].sampling", equalTo("AQL"));
        given().auth().oauth2(Tokens.user("inspector")).queryParam("itemCode", item).when().get("/api/quality/inspection-plans")
                .then().statusCode(200).body("", hasSize(1)).body("[0].code", equalTo(code));
    }

    @Test
    void the_first_save_creates_the_plan() {
        String other = "IP-" + item + "-OTHER";
        engineer().body(plan("1.0", "S-4").replace("INCOMING", "FINAL")).when().put("/api/quality/inspection-plans/" + other)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/quality/inspection-plans/" + other))
                .body("revision", equalTo(1)).body("inspectionType", equalTo("FINAL"));
    }

    @Test
    void a_change_is_a_new_revision_and_the_old_one_stops_being_used() {
        save(plan("0.65", "S-4").replace("first article approved", "tighter after the March complaints"))
                .statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2)).body("aql", equalTo("0.65"));

        given().auth().oauth2(Tokens.user("inspector")).when().get("/api/quality/inspection-plans/" + code + "/revisions")
                .then().statusCode(200).body("", hasSize(2))
                .body("revision", org.hamcrest.Matchers.contains(1, 2))
                .body("active", org.hamcrest.Matchers.contains(false, true))
                .body("aql", org.hamcrest.Matchers.contains("1", "0.65"))
                .body("[1].note", equalTo("tighter after the March complaints"));
    }

    @Test
    void sending_the_plan_again_as_it_stands_changes_nothing() {
        save(plan("1.00", "S-4")).statusCode(200).body("revision", equalTo(1));

        given().auth().oauth2(Tokens.user("quality")).when().get("/api/quality/inspection-plans/" + code + "/revisions")
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void a_lot_keeps_the_revision_it_was_opened_under() {
        String lot = given().auth().oauth2(Tokens.user("inspector")).contentType("application/json")
                .body("{\"itemCode\":\"%s\",\"supplierCode\":\"ACME\",\"lot\":\"L-1\",\"lotSize\":\"500\",\"type\":\"INCOMING\"}".formatted(item))
                .when().post("/api/quality/inspection-lots").then().statusCode(201).extract().path("id");

        save(plan("1.0", "S-4").replaceFirst(",\\s*\\{\"code\":\"BURR\"[^}]*}", "")).statusCode(200).body("revision", equalTo(2))
                .body("characteristics", hasSize(1));

        given().auth().oauth2(Tokens.user("inspector")).when().get("/api/quality/inspection-lots/" + lot)
                .then().statusCode(200).body("characteristics.code", hasItem("BURR"));
    }

    @Test
    void an_engineer_who_edited_an_older_revision_is_told() {
        save(plan("0.65", "S-4")).statusCode(200).body("revision", equalTo(2));

        engineer().header("If-Match", "\"1\"").body(plan("0.40", "S-4")).when().put("/api/quality/inspection-plans/" + code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("is at revision 2, not 1"));
        engineer().header("If-Match", "\"2\"").body(plan("0.40", "S-4")).when().put("/api/quality/inspection-plans/" + code)
                .then().statusCode(200).body("revision", equalTo(3));
    }

    @Test
    void a_wrong_plan_is_refused_whole_naming_every_field() {
        String wrong = """
                {"itemCode":"%s","inspectionType":"INCOMING","aql":"0.3","inspectionLevel":"IV","characteristics":[
                  {"code":"WIDTH","description":"Ring width","kind":"VARIABLE"},
                  {"code":"WIDTH","description":"Again","sampling":"FIXED"},
                  {"code":"FLAT","description":"Flatness","lowerLimit":"2","upperLimit":"1","nominal":"5"}]}""".formatted(item);

        save(wrong).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("/aql", "/inspectionLevel", "/characteristics/0/lowerLimit",
                        "/characteristics/1/fixedSample", "/characteristics/1/code", "/characteristics/2/lowerLimit",
                        "/characteristics/2/nominal"));
        given().auth().oauth2(Tokens.user("quality")).when().get("/api/quality/inspection-plans/" + code + "/revisions")
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void a_plan_for_an_item_the_master_does_not_know_is_refused() {
        engineer().body(plan("1.0", "S-4").replace(item, "NO-SUCH-ITEM")).when().put("/api/quality/inspection-plans/IP-NOTHING")
                .then().statusCode(422).body("errors[0].field", equalTo("itemCode"));
    }

    @Test
    void two_plans_do_not_inspect_the_same_goods() {
        engineer().body(plan("1.0", "S-4")).when().put("/api/quality/inspection-plans/" + code + "-TWIN")
                .then().statusCode(409).body("errors[0].message", org.hamcrest.Matchers.containsString("plan " + code + " already inspects"));
    }

    @Test
    void a_plan_keeps_its_item() {
        save(plan("1.0", "S-4").replace("INCOMING", "FINAL")).statusCode(409)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("a plan keeps its item, type, supplier and operation"));
    }

    @Test
    void an_in_process_plan_names_its_operation_and_only_incoming_plans_a_supplier() {
        engineer().body(plan("1.0", "S-4").replace("\"INCOMING\"", "\"IN_PROCESS\",\"supplierCode\":\"ACME\""))
                .when().put("/api/quality/inspection-plans/" + code + "-OP").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("/supplierCode", "/operationSequence"));
        engineer().body(plan("1.0", "S-4").replace("\"INCOMING\"", "\"IN_PROCESS\",\"operationSequence\":20"))
                .when().put("/api/quality/inspection-plans/" + code + "-OP").then().statusCode(201).body("operationSequence", equalTo(20));
    }

    @Test
    void a_retired_plan_inspects_nothing_and_keeps_its_history() {
        given().auth().oauth2(Tokens.user("quality")).when().delete("/api/quality/inspection-plans/" + code)
                .then().statusCode(200).body("active", equalTo(false)).body("retiredBy", notNullValue());

        given().auth().oauth2(Tokens.user("inspector")).queryParam("itemCode", item).when().get("/api/quality/inspection-plans")
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Tokens.user("inspector")).when().get("/api/quality/inspection-plans/" + code)
                .then().statusCode(200).body("active", equalTo(false)).body("retiredAt", notNullValue());
        save(plan("1.0", "S-4")).statusCode(200).body("revision", equalTo(2)).body("active", equalTo(true)).body("retiredAt", nullValue());
    }

    @Test
    void inspectors_read_plans_but_do_not_write_them() {
        given().auth().oauth2(Tokens.user("inspector")).contentType("application/json").body(plan("0.65", "S-4"))
                .when().put("/api/quality/inspection-plans/" + code).then().statusCode(403);
        given().auth().oauth2(Tokens.user("quality")).when().get("/api/quality/inspection-plans/NO-SUCH-PLAN").then().statusCode(404);
    }
}
