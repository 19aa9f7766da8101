package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
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
 * the DevTools protocol) that arrives exactly once when it is back, follows the operation's work instructions and
 * records a measurement out of its limits and a check (quality's chart raises an SPC alert that comes back onto the
 * job), pauses for a tool change and resumes, reports a good and a
 * scrapped piece with its reason, completes the job, has a start she tapped while offline refused because the planner
 * cancelled that order meanwhile (kept in "Not done" until she has seen it), and signs out by scanning her badge
 * again. A gearbox of the test's own, so the demo stock stays as it is.
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
        String orderNumber = numberOf(order);
        String secondOrder = Plant.release(as("planner"), Plant.order(gearbox, "1")).then().statusCode(201).extract().path("id");
        String secondNumber = numberOf(secondOrder);
        Eventually.within(Eventually.EVENT_APPLIED, () -> as("operator").when().get("/api/execution/operations/" + secondOrder + "/10")
                .then().extract().statusCode() == 200, "the second order on the floor");
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

            // scanned while the quantity field still has focus: the scan's timing tells it from typing
            page.type("#material-quantity", "4");
            page.scan("LB-" + run);
            page.waitFor(d -> page.text("#job-message").contains("Consumed 4 PCE of " + bearing), "the bearings consumed");
            assertThat(page.find("#material-quantity").getAttribute("value")).as("what she typed stays").isEqualTo("4");
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

            for (int i = 0; i < 10; i++) {
                as("operator").contentType(ContentType.JSON).body("{\"values\":[{\"field\":\"BORE\",\"value\":\"" + (i % 2 == 0 ? "25.000" : "25.004")
                        + "\"}]}").when().post(operation + "/data").then().statusCode(201);
            }
            // the work instructions: a bore measured out of its limits (recorded, said plainly) and the deburring ticked
            page.waitUntilShown("#instructions");
            assertThat(page.text("#steps")).contains("Press the bearings in");
            page.type("#data-BORE", "25.05");
            page.click("#data-DEBURRED");
            page.click("#data-send");
            page.waitFor(d -> page.text("#job-message").contains("out of limits: BORE 25.05 mm"), "the measurement recorded");
            page.waitFor(d -> page.text("#data-fields").contains("out of limits"), "the field shows its last value");
            // quality charts the bore (ten steady values before hers): hers breaks Nelson rule 1, and the alert comes
            // back onto her job
            page.waitFor(Duration.ofSeconds(60), d -> {
                page.click("#refresh");
                return page.text("#job-alerts").contains("SPC alert on BORE");
            }, "the SPC alert on the job");
            assertThat(page.text("#jobs")).contains("SPC: BORE");
            page.screenshot("terminal-instructions.png");
            as("operator").when().get(operation).then().statusCode(200)
                    .body("collected.find { it.field == 'BORE' }.value", org.hamcrest.Matchers.equalTo("25.05"))
                    .body("collected.find { it.field == 'BORE' }.withinLimits", org.hamcrest.Matchers.equalTo(false))
                    .body("collected.find { it.field == 'DEBURRED' }.checked", org.hamcrest.Matchers.equalTo(true));

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
            // the finished lot's labels, warehouse's PDF (once warehouse has received the lot), in a tab of their own
            Eventually.within(Eventually.EVENT_APPLIED, () -> as("operator").when().get("/api/warehouse/production-labels?orderNumber="
                    + orderNumber + "&format=pdf").then().extract().statusCode() == 200, "the finished lot received in warehouse");
            String terminalTab = page.browser.getWindowHandle();
            page.click("#print-labels");
            page.waitFor(d -> d.getWindowHandles().size() == 2, "the labels' tab");
            String labelsTab = page.browser.getWindowHandles().stream().filter(h -> !h.equals(terminalTab)).findFirst().orElseThrow();
            page.waitFor(d -> {
                // a PDF the browser does not show is downloaded, and its tab goes
                if (!d.getWindowHandles().contains(labelsTab)) {
                    return true;
                }
                String shown = d.switchTo().window(labelsTab).getCurrentUrl();
                d.switchTo().window(terminalTab);
                return shown.startsWith("blob:");
            }, "the labels loaded");
            page.browser.switchTo().window(terminalTab);
            assertThat(page.text("#job-message")).doesNotContain("could not be loaded");
            if (page.browser.getWindowHandles().contains(labelsTab)) {
                page.browser.switchTo().window(labelsTab).close();
                page.browser.switchTo().window(terminalTab);
            }

            page.chooseLanguage("zh-CN");
            page.waitFor(d -> page.text("#job-status").equals("已完工"), "the job in Chinese");
            page.screenshot("terminal-zh.png");
            page.assertNothingSticksOutSideways();
            page.assertEveryTextTranslated();

            // the planner cancels the second order while the terminal is offline: the start tapped then is refused
            // once the network is back, and stays in "Not done" (in the language the page speaks now) until seen
            String second = ".job-button[data-order='" + secondNumber + "'][data-sequence='10']";
            page.click(second);
            page.waitFor(d -> page.text("#job-title").startsWith(secondNumber), "the second job in hand");
            page.browser.setNetworkConditions(cut);
            page.click("#start");
            page.waitFor(d -> page.text("#network").contains("离线"), "the start queued while offline");
            as("planner").when().post("/api/scheduling/production-orders/" + secondOrder + "/cancel").then().statusCode(200);
            Eventually.within(Eventually.EVENT_APPLIED, () -> "CANCELLED".equals(as("operator").when().get(
                    "/api/execution/operations/" + secondOrder + "/10").then().extract().path("status")), "the cancellation on the floor");
            page.browser.deleteNetworkConditions();
            page.waitUntilShown("#conflicts");
            assertThat(page.text("#conflict-list")).contains("开工 · " + secondNumber + " / 10");
            page.screenshot("terminal-conflict.png");
            as("operator").when().get("/api/execution/operations/" + secondOrder + "/10").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("CANCELLED")).body("startedAt", org.hamcrest.Matchers.nullValue());
            page.click("#conflict-list button");
            page.waitFor(d -> !page.find("#conflicts").isDisplayed(), "the conflict seen");

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
        as("planner").contentType(ContentType.JSON).body("""
                {"steps":[{"text":"Press the bearings in","textZh":"压入轴承"}],
                 "fields":[{"code":"BORE","label":"Bore diameter","labelZh":"孔径","kind":"MEASUREMENT","unit":"mm",
                            "lowerLimit":"24.98","upperLimit":"25.02","required":true},
                           {"code":"DEBURRED","label":"Deburred","labelZh":"已去毛刺","kind":"CHECKBOX","required":true}]}""")
                .when().put("/api/execution/work-instructions/" + gearbox + "/10").then().statusCode(201);
        return order;
    }

    private static String numberOf(String order) {
        return as("planner").when().get("/api/scheduling/production-orders/" + order).then().statusCode(200).extract().path("number");
    }
}
