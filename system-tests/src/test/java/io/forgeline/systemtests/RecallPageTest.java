package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The recall page in headless Chromium at 1366 × 768, signed in at Keycloak as quality: a lot of bearings went into a
 * gearbox order on the floor (consumed by scan, the finished lot received into stock); the engineer opens
 * recall.html?itemCode=…&lot=… and reads both lots with where they lie, gets the CSV, sees the report as it prints
 * (no buttons, the table within A4), holds everything still in stock with one click (quality's holds, through the
 * gateway), is told the second time that both are held already, and reads the page in Chinese. The steps build on
 * each other, in order, on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecallPageTest {

    /** A4 landscape less the print rules' 10 mm margins, in CSS pixels (96 per inch). */
    private static final int A4_PRINTABLE_WIDTH = (int) ((297 - 20) / 25.4 * 96);

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String gearbox = "RC-GEAR-" + run;
    private final String bearing = "RC-BRG-" + run;
    private final String lot = "RB-" + run;
    private String orderNumber;
    private String finishedLot;
    private Page page;

    @BeforeAll
    void aLotOfBearingsGoesIntoGearboxes() {
        Plant.item(bearing, "BUY");
        Plant.item(gearbox, "MAKE");
        Plant.put("/api/scheduling/items/" + gearbox + "/routing", "[{\"sequence\":10,\"workCenterCode\":\"CNC-01\",\"description\":\"Assemble\","
                + "\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\",\"machines\":[{\"machineCode\":\"CNC-01-M1\",\"setupMinutes\":5,"
                + "\"runMinutesPerUnit\":\"1\"}]}]");
        Plant.put("/api/scheduling/items/" + gearbox + "/bom", "[{\"componentCode\":\"" + bearing + "\",\"quantityPer\":\"2\"}]");
        as("admin").contentType(ContentType.JSON).body("{\"lines\":[" + Plant.line(bearing, lot, "ST-CNC-01", "10") + "]}")
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        String order = Plant.release(as("planner"), Plant.order(gearbox, "2")).then().statusCode(201).extract().path("id");
        String operation = "/api/execution/operations/" + order + "/10";
        Eventually.within(Eventually.EVENT_APPLIED, () -> as("operator").when().get(operation).then().extract().statusCode() == 200,
                "operation 10 of " + order + " on the floor");
        as("operator").contentType(ContentType.JSON).body("{\"machineCode\":\"CNC-01-M1\"}").when().post(operation + "/start").then().statusCode(200);
        as("operator").contentType(ContentType.JSON).body("{\"scan\":\"" + lot + "\",\"quantity\":\"4\"}").when().post(operation + "/consumptions")
                .then().statusCode(201);
        var completed = as("operator").contentType(ContentType.JSON).body("{\"goodQuantity\":\"2\"}").when().post(operation + "/complete")
                .then().statusCode(200).extract();
        finishedLot = completed.path("outputLot");
        orderNumber = as("operator").when().get(operation).then().statusCode(200).extract().path("orderNumber");
        Eventually.within(Eventually.EVENT_APPLIED, () -> inStock(gearbox, finishedLot) && inStock(bearing, lot) && issued(),
                "the bearings issued and finished lot " + finishedLot + " in stock");
        page = new Page("/recall.html?itemCode=" + bearing + "&lot=" + lot);
    }

    private static boolean inStock(String item, String lot) {
        return !as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath()
                .getList("lots.findAll { it.lot == '" + lot + "' }").isEmpty();
    }

    private boolean issued() {
        return "6".equals(String.valueOf(as("clerk").queryParam("itemCode", bearing).when().get("/api/warehouse/stock").then().extract()
                .jsonPath().getString("lots.find { it.lot == '" + lot + "' }.quantity.amount")));
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void the_engineer_reads_every_lot_made_of_the_bearings_and_where_each_lies() {
        page.signIn("quality", "quality");
        page.waitFor(d -> page.all("#affected tbody tr").size() == 2, "the bearing lot and the gearbox lot listed");

        assertThat(page.text("#report-title")).isEqualTo("Recall of lot " + lot + " of " + bearing);
        assertThat(page.text("#affected tbody tr[data-lot='" + lot + "']")).contains(bearing).contains("came into stock otherwise")
                .contains("in stock").contains("6 PCE").contains("bin ST-CNC-01").contains(orderNumber);
        assertThat(page.text("#affected tbody tr[data-lot='" + finishedLot + "']")).contains(gearbox).contains("made here")
                .contains(orderNumber).contains("in stock").contains("2 PCE");
        assertThat(page.all("#report-facts dd").stream().map(dd -> dd.getText().trim()).limit(4)).containsExactly(
                "not received from a supplier", "2", "2", "0 deliveries to 0 customers");
        page.assertNothingSticksOutSideways();
        page.screenshot("recall-report-en.png");
    }

    @Test
    @Order(2)
    void the_csv_download_is_the_same_report_row_by_row() {
        // split in the browser: the line ends arrive there as the service wrote them (CRLF)
        Object rows = page.asyncScript("const done = arguments[arguments.length - 1];"
                + " window.Forgeline.api.blob('/api/execution/recalls?itemCode=" + bearing + "&lot=" + lot + "', 'text/csv')"
                + ".then(b => b.text()).then(text => done(text.split('\\r\\n')), e => done(['failed: ' + e.message]));");
        assertThat(rows).asList().hasSize(4).last().isEqualTo("");
        assertThat((List<?>) rows).first().asString().startsWith("itemCode,lot,kind,orderNumber,consumedBy,serials,state");
        assertThat((List<?>) rows).element(1).isEqualTo(bearing + "," + lot + ",STOCK,," + orderNumber + ",,IN_STOCK,6,PCE,ST-CNC-01,AVAILABLE,,,,,,");
    }

    @Test
    @Order(3)
    void printed_the_report_has_no_buttons_and_its_table_fits_a4() {
        page.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        page.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_PRINTABLE_WIDTH, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        try {
            assertThat(page.find("#hold-all").isDisplayed()).as("the hold button on paper").isFalse();
            assertThat(page.find("#recall-pick").isDisplayed()).as("the form on paper").isFalse();
            assertThat(page.find("header.top").isDisplayed()).as("the page header on paper").isFalse();
            assertThat(page.find("#affected").isDisplayed()).isTrue();
            assertThat(((Number) page.script("return document.getElementById('affected').getBoundingClientRect().right")).doubleValue())
                    .as("the table's right edge on A4").isLessThanOrEqualTo(A4_PRINTABLE_WIDTH);
            page.assertNothingSticksOutSideways();
            page.screenshot("recall-print-en.png");
        } finally {
            page.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            page.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(4)
    void one_click_holds_every_lot_still_in_stock() {
        page.click("#hold-all");

        page.waitFor(d -> page.text("#hold-message").startsWith("Lots put on hold: 2."), "both lots held");
        assertThat(page.all("#held-lots tbody tr")).hasSize(2);
        assertThat(page.text("#held-lots tbody tr[data-lot='" + lot + "']")).contains("held: HOLD-");
        assertThat(page.text("#held-lots tbody tr[data-lot='" + finishedLot + "']")).contains("held: HOLD-");
        // until warehouse has blocked the stock, the report says beside it that it is held
        assertThat(page.text("#affected tbody tr[data-lot='" + finishedLot + "']")).contains("held: HOLD-");
        List<String> reasons = as("quality").queryParam("itemCode", gearbox).when().get("/api/quality/holds").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.lot == '" + finishedLot + "' }.reason");
        assertThat(reasons).containsExactly("Recall of lot " + lot + " of " + bearing);
        page.screenshot("recall-held-en.png");
    }

    @Test
    @Order(5)
    void a_second_click_says_both_are_held_already() {
        page.click("#hold-all");

        page.waitFor(d -> page.text("#hold-message").contains("Lots put on hold: 0; on hold already: 2."), "nothing held twice");
        assertThat(page.text("#held-lots tbody tr[data-lot='" + lot + "']")).contains("on hold already: HOLD-");
    }

    @Test
    @Order(6)
    void a_lot_nobody_knows_is_said_so_and_the_page_speaks_chinese() {
        page.type("#recall-lot", "NO-SUCH-" + run);
        page.click("#recall-show");
        page.waitFor(d -> page.text("#recall-message").contains("Nobody knows lot NO-SUCH-" + run), "the unknown lot named");
        assertThat(page.find("#report").isDisplayed()).isFalse();

        page.type("#recall-lot", lot);
        page.click("#recall-show");
        page.waitFor(d -> page.find("#report").isDisplayed() && page.all("#affected tbody tr").size() == 2, "the report again");
        page.chooseLanguage("zh-CN");
        assertThat(page.text("#report-title")).isEqualTo("召回报告：" + bearing + " 批次 " + lot);
        assertThat(page.text("#hold-all")).isEqualTo("冻结所有在库批次");
        assertThat(page.text("#affected thead")).contains("当前去向");
        page.assertEveryTextTranslated();
        page.assertNothingSticksOutSideways();
        page.screenshot("recall-report-zh.png");
    }
}
