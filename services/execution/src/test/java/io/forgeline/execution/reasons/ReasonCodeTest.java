package io.forgeline.execution.reasons;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class ReasonCodeTest {

    private static final String REASONS = "/api/execution/reason-codes";

    private static ValidatableResponse define(String user, String kind, String code, String body) {
        return jsonAs(user, body).when().put(REASONS + "/" + kind + "/" + code).then();
    }

    @Test
    void the_plant_offers_pause_reasons_in_english_and_chinese() {
        as("operator").when().get(REASONS + "?kind=PAUSE").then().statusCode(200)
                .body("kind", everyItem(equalTo("PAUSE")))
                .body("code", hasItems("BREAK", "MATERIAL", "TOOL", "QUALITY", "MAINTENANCE"))
                .body("find { it.code == 'BREAK' }.name", equalTo("Break"))
                .body("find { it.code == 'BREAK' }.nameZh", equalTo("休息"))
                .body("find { it.code == 'BREAK' }.active", equalTo(true));
    }

    @Test
    void without_a_kind_every_kind_is_listed() {
        as("quality").when().get(REASONS).then().statusCode(200)
                .body("kind", hasItems("SCRAP", "REWORK", "PAUSE", "DOWNTIME"))
                .body("find { it.kind == 'SCRAP' && it.code == 'SURFACE' }.nameZh", equalTo("表面缺陷"))
                .body("find { it.kind == 'DOWNTIME' && it.code == 'NO_OPERATOR' }.name", equalTo("No operator"));
    }

    @Test
    void an_unknown_kind_is_refused_naming_it() {
        as("operator").when().get(REASONS + "?kind=COFFEE").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        define("planner", "COFFEE", "X", "{\"name\":\"x\",\"nameZh\":\"x\"}").statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void a_planner_defines_a_code_changes_it_and_retires_it() {
        String code = code("CHIP");
        define("planner", "SCRAP", code, "{\"name\":\"Chipped edge\",\"nameZh\":\"边缘崩裂\"}").statusCode(201)
                .body("kind", equalTo("SCRAP")).body("code", equalTo(code)).body("active", equalTo(true));
        as("operator").when().get(REASONS + "?kind=SCRAP").then().body("code", hasItem(code));

        define("admin", "scrap", code.toLowerCase(), "{\"name\":\"Chipped\",\"nameZh\":\"崩边\",\"active\":true}").statusCode(200)
                .body("code", equalTo(code)).body("name", equalTo("Chipped"));
        as("operator").when().get(REASONS + "?kind=scrap").then()
                .body("find { it.code == '" + code + "' }.nameZh", equalTo("崩边"));

        define("planner", "SCRAP", code, "{\"name\":\"Chipped\",\"nameZh\":\"崩边\",\"active\":false}").statusCode(200)
                .body("active", equalTo(false));
        as("operator").when().get(REASONS + "?kind=SCRAP").then().body("code", not(hasItem(code)));
        as("operator").when().get(REASONS + "?kind=REWORK").then().body("code", not(hasItem(code)));
    }

    @Test
    void a_definition_names_each_wrong_field() {
        define("planner", "PAUSE", code("P"), "{\"nameZh\":\"休息\"}").statusCode(400).body("errors[0].field", equalTo("name"));
        define("planner", "PAUSE", code("P"), "{\"name\":\"" + "n".repeat(201) + "\",\"nameZh\":\"休息\"}").statusCode(400)
                .body("errors[0].field", equalTo("name"));
        define("planner", "PAUSE", code("P"), "{\"name\":\"Break\",\"nameZh\":\"" + "休".repeat(201) + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("nameZh"));
        define("planner", "PAUSE", "C".repeat(65), "{\"name\":\"Break\",\"nameZh\":\"休息\"}").statusCode(400)
                .body("errors[0].field", equalTo("code"));
        define("planner", "PAUSE", "TEA%20TIME", "{\"name\":\"Break\",\"nameZh\":\"休息\"}").statusCode(400)
                .body("errors[0].field", equalTo("code"));
        jsonAs("planner", "").when().put(REASONS + "/PAUSE/" + code("P")).then().statusCode(400);
    }

    @Test
    void operators_read_reason_codes_but_do_not_define_them() {
        define("operator", "PAUSE", code("P"), "{\"name\":\"Nap\",\"nameZh\":\"午睡\"}").statusCode(403)
                .contentType("application/problem+json");
        as("clerk").when().get(REASONS).then().statusCode(403);
    }
}
