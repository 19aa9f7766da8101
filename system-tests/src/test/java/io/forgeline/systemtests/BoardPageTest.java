package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live floor board on a big screen (1920 × 1080) in headless Chromium, signed in at Keycloak as planner, showing
 * the test stand's area TST-01: the machine reports itself down through the signal ingest (as an edge gateway would)
 * and its tile turns red within 2 s without a reload; it runs again and the tile turns green; an operator's andon
 * appears with its age and disappears once resolved; the board reads in Chinese. The steps build on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardPageTest {

    private static final String AREA = "TST-01";
    private static final String MACHINE = "TST-01-M1";
    private static final String TILE = "article.tile[data-machine='" + MACHINE + "']";

    private Page page;

    @BeforeAll
    void openTheBoard() {
        page = new Page("/board.html?workCenter=" + AREA, 1920, 1080);
        page.signIn("planner", "planner");
        page.waitUntilShown(TILE);
        page.waitFor(d -> page.text("#live").equals("live"), "the board connected to its stream");
    }

    @AfterAll
    void closeTheBrowser() {
        try {
            report("RUNNING");
        } finally {
            if (page != null) {
                page.close();
            }
        }
    }

    /** The machine says what it does, as its edge gateway would, observed now. */
    private static void report(String state) {
        as("admin").contentType(ContentType.JSON)
                .body("{\"machineCode\":\"" + MACHINE + "\",\"signals\":[{\"observedAt\":\"" + Instant.now() + "\",\"state\":\""
                        + state + "\"" + ("DOWN".equals(state) ? ",\"stopCode\":\"E-214 coolant pressure\"" : "") + "}]}")
                .when().post("/api/execution/machine-signals").then().statusCode(200);
    }

    private String tileState() {
        return page.find(TILE).getAttribute("data-state");
    }

    @Test
    @Order(1)
    void a_machine_reported_down_turns_its_tile_red_within_two_seconds() {
        report("RUNNING");
        page.waitFor(d -> "RUNNING".equals(tileState()), "the tile running first");

        report("DOWN");
        long reported = System.nanoTime();
        page.waitFor(Duration.ofSeconds(2), d -> "DOWN".equals(tileState()), "the tile red within 2 s of the report");
        System.out.printf("board: machine down on the tile %d ms after the report%n", (System.nanoTime() - reported) / 1_000_000);
        assertThat(page.find(TILE).getCssValue("border-left-color")).isEqualTo("rgba(248, 81, 73, 1)");
        assertThat(page.text(TILE + " .state")).isEqualTo("DOWN");
        page.screenshot("board-machine-down-en.png");

        report("RUNNING");
        page.waitFor(Duration.ofSeconds(2), d -> "RUNNING".equals(tileState()), "the tile green again");
    }

    @Test
    @Order(2)
    void an_andon_appears_with_its_age_and_disappears_when_resolved() {
        String andon = as("operator").contentType(ContentType.JSON)
                .body("{\"kind\":\"MATERIAL\",\"workCenterCode\":\"" + AREA + "\",\"machineCode\":\"" + MACHINE + "\",\"note\":\"bearings short\"}")
                .when().post("/api/execution/andons").then().statusCode(201).extract().path("id");
        String entry = "#andons li[data-andon='" + andon + "']";
        page.waitFor(Duration.ofSeconds(2), d -> !page.all(entry).isEmpty(), "the andon on the board");
        assertThat(page.text(entry)).startsWith("Material").contains(MACHINE);
        page.screenshot("board-andon-en.png");
        page.assertNothingSticksOutSideways();

        as("operator").contentType(ContentType.JSON).body("{\"note\":\"bearings brought from stores\"}")
                .when().post("/api/execution/andons/" + andon + "/resolve").then().statusCode(200);
        page.waitFor(Duration.ofSeconds(2), d -> page.all(entry).isEmpty(), "the andon gone once resolved");
    }

    @Test
    @Order(3)
    void the_board_reads_in_chinese() {
        page.chooseLanguage("zh-CN");
        assertThat(page.text("#andons")).contains("无");
        assertThat(page.text(TILE + " .state")).isEqualTo("运行");
        page.assertEveryTextTranslated();
        page.screenshot("board-zh.png");
    }
}
