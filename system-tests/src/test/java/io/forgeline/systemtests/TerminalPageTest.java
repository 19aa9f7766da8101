package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The shop-floor terminal at "/", in headless Chromium through the gateway, as an operator uses it: the terminal is
 * set up at CNC-01, Li Na scans her badge and types her PIN, picks her job, starts it, consumes a staged lot by
 * scan, has a wrong item refused naming what the operation needs, scans a lot while the network is cut (through
 * the DevTools protocol) that arrives exactly once when it is back, pauses for a tool change and resumes, reports
 * a good and a scrapped piece with its reason, completes the job,
 * and signs out by scanning her badge again. A gearbox of the test's own, so the demo stock stays as it is.
 */
class TerminalPageTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String gearbox = "TP-GEAR-" + run;
    private final String shaft = "TP-SHAFT-" + run;
    private final String bearing = "TP-BRG-" + run;
    private final String terminal = "T-CNC-01-" + run;

    @Test
    void an_operator_signs_in_by_badge_consumes_by_scan_offline_too_and_completes_the_job() {
        String order = arrangeOrder();
        String orderNumber = as("planner").when().get("/api/scheduling/production-orders/" + order).then().statusCode(200)
                .extract().path("number");
        String operation = "/api/execution/operations/" + order + "/10";

        try (Page page = new Page("/?terminal=" + terminal)) {
            page.browser.get(page.url());
            page.waitUntilShown("#sign-in");
            page.scan("B-10001");
            page.waitFor(d -> "pin".equals(page.script("return document.activeElement.id")), "the PIN asked for after the badge");
            page.type("#pin", "1111");
            page.click("#sign-in-button");
            page.waitFor(d -> page.text("#sign-in-message").contains("badge and PIN do not match"), "a wrong PIN refused");
            page.type("#badge", "B-10001");
            page.type("#pin", "2468");
            page.click("#sign-in-button");
            page.waitUntilShown("#work");
            assertThat(page.text("#user")).isEqualTo("Na Li");
            assertThat(page.text("#place")).contains("CNC-01");

            String job = ".job-button[data-order='" + orderNumber + "'][data-sequence='10']";
            page.waitFor(Duration.ofSeconds(30), d -> !page.all(job).isEmpty(), "the job on the dispatch list");
            page.click(job);
            page.waitFor(d -> page.text("#job-title").startsWith(orderNumber), "the job in hand");
            page.click("#start");
            page.waitFor(d -> page.text("#job-status").equals("running"), "the job running");

            page.type("#material-quantity", "4");
            page.find("#material-scan").click();
            page.scan("LB-" + run);
            page.waitFor(d -> page.text("#job-message").contains("Consumed 4 PCE of " + bearing), "the bearings consumed");
            page.scan("L-BR-2598");
            page.waitFor(d -> page.text("#job-message").contains("scanned BEARING-6204, operation 10 needs"), "a wrong item refused");
            BufferedImage refused = page.screenshot("terminal-wrong-item.png");
            assertThat(refused.getWidth()).isEqualTo(Browser.WIDTH);

            // the network drops: the scan waits in the browser, and arrives once when the network is back
            ChromiumNetworkConditions cut = new ChromiumNetworkConditions();
            cut.setOffline(true);
            page.browser.setNetworkConditions(cut);
            page.type("#material-quantity", "2");
            page.find("#material-scan").click();
            page.scan("LS-" + run);
            page.waitFor(d -> page.text("#network").contains("Offline: 1 waiting"), "the scan queued while offline");
            page.screenshot("terminal-offline.png");
            page.browser.deleteNetworkConditions();
            page.waitFor(Duration.ofSeconds(30), d -> page.text("#job-message").contains("Consumed 2 PCE of " + shaft), "the queued scan sent");
            List<String> shafts = as("operator").when().get(operation + "/consumptions").then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.itemCode == '" + shaft + "' }.lot");
            assertThat(shafts).as("the offline scan, applied exactly once").containsExactly("LS-" + run);

            // a tool change: paused with its reason, resumed; one good and one scrapped piece reported on the way
            page.click("#pause");
            page.click("#pause-reasons button[data-code='TOOL']");
            page.waitFor(d -> page.text("#job-status").equals("paused"), "the job paused");
            assertThat(page.text("#job-facts")).contains("Tool change");
            page.click("#resume");
            page.waitFor(d -> page.text("#job-status").equals("running"), "the job resumed");
            page.click("#report");
            page.waitUntilShown("#quantities-form");
            page.type("#good-quantity", "1");
            page.type("#scrap-quantity", "1");
            new Select(page.find("#scrap-reason")).selectByValue("SURFACE");
            page.click("#quantities-send");
            page.waitFor(d -> page.text("#job-facts").contains("Scrap"), "the scrap reported");
            as("operator").when().get(operation).then().statusCode(200)
                    .body("goodQuantity", org.hamcrest.Matchers.equalTo("1")).body("scrapQuantity", org.hamcrest.Matchers.equalTo("1"))
                    .body("labour[0].operator", org.hamcrest.Matchers.equalTo("li.na"));

            page.click("#complete");
            page.waitUntilShown("#quantities-form");
            page.type("#good-quantity", "1");
            page.click("#quantities-send");
            page.waitFor(d -> page.text("#job-status").equals("done"), "the job done");
            assertThat(page.text("#job-facts")).contains("FL-");
            page.screenshot("terminal-done.png");

            page.chooseLanguage("zh-CN");
            page.waitFor(d -> page.text("#job-status").equals("已完工"), "the job in Chinese");
            page.screenshot("terminal-zh.png");
            page.assertNothingSticksOutSideways();
            page.assertEveryTextTranslated();

            // badge-out: the operator's own badge scanned again
            page.find("#material-scan").click();
            page.scan("B-10001");
            page.waitUntilShown("#sign-in");
            assertThat(page.browser.findElement(By.id("user")).getText()).isEmpty();
        }
    }

    /** A gearbox with a shaft and bearings at CNC-01, the bearings staged there, released, and this test's terminal at CNC-01. */
    private String arrangeOrder() {
        as("planner").contentType(ContentType.JSON).body("{\"name\":\"CNC-01 terminal\",\"workCenterCode\":\"CNC-01\",\"machineCode\":\"CNC-01-M1\"}")
                .when().put("/api/execution/terminals/" + terminal).then().statusCode(201);
        String order = Plant.gearboxOrderOnTheFloor(gearbox, shaft, bearing, run);
        return order;
    }
}
