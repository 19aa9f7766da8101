package io.forgeline.execution.terminals;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Terminals bound to their places, and operators signing in there by badge and PIN against the real Keycloak: the
 * development realm gives li.na badge B-10001 with PIN 2468.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class TerminalSignInTest {

    private static final String SESSIONS = "/api/execution/terminal-sessions";

    /** A work center with one machine in the plant model, and a terminal registered at it. */
    private static String registeredTerminal() {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine));
        String terminal = code("T");
        String body = "{\"name\":\"Lathe cell, left\",\"workCenterCode\":\"" + center + "\",\"machineCode\":\"" + machine + "\"}";
        Eventually.within(Eventually.EVENT_APPLIED,
                () -> jsonAs("planner", body).put("/api/execution/terminals/" + terminal).statusCode() == 201,
                "the terminal registered once its work center is known");
        return terminal;
    }

    private static JsonPath signIn(String terminal, String badge, String pin, int status) {
        return given().contentType(ContentType.JSON)
                .body("{\"terminalCode\":\"" + terminal + "\",\"badge\":\"" + badge + "\",\"pin\":\"" + pin + "\"}")
                .when().post(SESSIONS)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void a_terminal_is_bound_to_a_work_center_and_one_of_its_machines() {
        String terminal = registeredTerminal();
        JsonPath view = as("operator").when().get("/api/execution/terminals/" + terminal).then().statusCode(200).extract().jsonPath();
        assertEquals("Lathe cell, left", view.getString("name"));
        assertEquals("planner", view.getString("registeredBy"));

        String center = view.getString("workCenterCode");
        jsonAs("admin", "{\"name\":\"Lathe cell\",\"workCenterCode\":\"" + center + "\"}").put("/api/execution/terminals/" + terminal)
                .then().statusCode(200).body("machineCode", equalTo(null)).body("name", equalTo("Lathe cell"));
        jsonAs("planner", "{\"name\":\"x\",\"workCenterCode\":\"NO-SUCH-WC\"}").put("/api/execution/terminals/" + terminal)
                .then().statusCode(422).body("errors[0].field", equalTo("workCenterCode"));
        jsonAs("planner", "{\"name\":\"x\",\"workCenterCode\":\"" + center + "\",\"machineCode\":\"NO-SUCH-M\"}")
                .put("/api/execution/terminals/" + terminal)
                .then().statusCode(422).body("errors[0].field", equalTo("machineCode"));
        jsonAs("planner", "{\"workCenterCode\":\"" + center + "\"}").put("/api/execution/terminals/" + terminal)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        jsonAs("operator", "{\"name\":\"x\",\"workCenterCode\":\"" + center + "\"}").put("/api/execution/terminals/" + terminal)
                .then().statusCode(403);
        as("operator").when().get("/api/execution/terminals/NO-SUCH-TERMINAL").then().statusCode(404);
    }

    @Test
    void an_operator_signs_in_with_badge_and_pin_and_the_token_acts_as_them() {
        String terminal = registeredTerminal();

        JsonPath session = signIn(terminal, "B-10001", "2468", 201);

        assertEquals("li.na", session.getString("operator.username"));
        assertEquals(terminal, session.getString("terminal.code"));
        given().auth().oauth2(session.getString("accessToken")).when().get("/api/execution/terminals/" + terminal)
                .then().statusCode(200).body("code", equalTo(terminal));
        JsonPath refreshed = given().contentType(ContentType.JSON)
                .body("{\"refreshToken\":\"" + session.getString("refreshToken") + "\"}")
                .when().post(SESSIONS + "/refresh").then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        assertNotEquals(session.getString("accessToken"), refreshed.getString("accessToken"));
        assertEquals("li.na", refreshed.getString("operator.username"));

        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refreshed.getString("refreshToken") + "\"}")
                .when().post(SESSIONS + "/sign-out").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refreshed.getString("refreshToken") + "\"}")
                .when().post(SESSIONS + "/refresh").then().statusCode(422).body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void a_badge_alone_signs_nobody_in_and_the_refusal_does_not_say_which_part_was_wrong() {
        String terminal = registeredTerminal();

        JsonPath wrongPin = signIn(terminal, "B-10001", "1111", 422);
        JsonPath unknownBadge = signIn(terminal, "B-99999", "2468", 422);
        JsonPath otherPersonsPin = signIn(terminal, "B-10002", "2468", 422);

        assertEquals("pin", wrongPin.getString("errors[0].field"));
        assertEquals(wrongPin.getString("errors[0].message"), unknownBadge.getString("errors[0].message"));
        assertEquals(wrongPin.getString("errors[0].message"), otherPersonsPin.getString("errors[0].message"));
        signIn(terminal, "B-10002", "1357", 201);
    }

    @Test
    void sign_in_needs_a_registered_terminal_and_every_field() {
        signIn("NO-SUCH-TERMINAL", "B-10001", "2468", 404);
        given().contentType(ContentType.JSON).body("{\"terminalCode\":\"T\"}").when().post(SESSIONS)
                .then().statusCode(400).body("errors.field", hasItem("badge")).body("errors.field", hasItem("pin"));
        given().contentType(ContentType.JSON).body("{\"terminalCode\":\"T\",\"badge\":\"B 1\",\"pin\":\"1\"}").when().post(SESSIONS)
                .then().statusCode(400).body("errors.field", hasItem("badge")).body("errors.field", not(hasItem("pin")));
        given().contentType(ContentType.JSON).when().post(SESSIONS).then().statusCode(400);
    }
}
