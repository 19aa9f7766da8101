package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The clerk's handheld picking and counting, in headless Chromium on a 360 × 640 screen, signed in at Keycloak as
 * clerk. Picking: an order of a gearbox of the test's own (its items, BOM, routing and stock) released and scheduled
 * for real, so the warehouse plans its components' picks to CNC-01's staging bin; the clerk sees them in waves per
 * zone, opens the bearing's task, is stopped at once for a scan of the wrong bin, refused by the service for taking
 * more than asked, picks short (the rest planned anew from other stock), then walks the shaft and housing wave task
 * after task. Counting: a scanned bin label orders the bin's count, counted blind (no book quantity on screen), line
 * by line; a line left out is refused, a far-off line waits for a second person, whom the clerk cannot be, and admin
 * approves it on another handheld; an empty bin is counted with no lines; all in Chinese too. The steps build on each
 * other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehousePickCountPageTest {

    private static final String STAGING = "ST-CNC-01";
    private static final String COUNTED_BIN = "B-02-04";

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String countItem = "CNT-ITEM-" + run;
    private final String spareLot = "LB-" + run;
    private final String gearbox = "GBX-" + run;
    private final String shaft = "SHF-" + run;
    private final String housing = "HSG-" + run;
    private final String bearingItem = "BRG-" + run;
    private Page page;
    private String orderNumber;
    private Map<String, Object> bearing;
    private String countNumber;

    @BeforeAll
    void anOrderOfAGearboxOfItsOwnIsScheduledAndBinB0204HoldsTwoLots() {
        // Items of its own: the demo's stock belongs to the suite's other orders (their open picks reserve all of it)
        // and to the golden thread's figures, which a pick here would change.
        // as the demo's gearbox: shaft and housing made here, bearings bought from ACME (stock covers the order, so
        // nothing is made or bought for it)
        item(shaft, "MAKE");
        item(housing, "MAKE");
        item(bearingItem, "BUY");
        item(gearbox, "MAKE");
        put("/api/scheduling/items/" + gearbox + "/bom", "[" + component(shaft, 1) + "," + component(housing, 1) + "," + component(bearingItem, 2) + "]");
        put("/api/scheduling/items/" + gearbox + "/routing", "[{\"sequence\":10,\"workCenterCode\":\"CNC-01\",\"description\":\"Turn shaft seats\","
                + "\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\",\"machines\":[{\"machineCode\":\"CNC-01-M1\",\"setupMinutes\":5,"
                + "\"runMinutesPerUnit\":\"1\"}]}]");
        // the bearings of B-02-01 expire first, so FEFO picks them; a short pick there is made up from B-02-02's later lot
        openingBalance(line(shaft, "LS-" + run, "A-01-01", "10", null) + "," + line(housing, "LH-" + run, "A-01-02", "10", null) + ","
                + line(bearingItem, "LA-" + run, "B-02-01", "10", "2030-06-30") + "," + line(bearingItem, spareLot, "B-02-02", "30", "2031-12-31"));
        openingBalance(line(countItem, "L1", COUNTED_BIN, "20", null) + "," + line(countItem, "L2", COUNTED_BIN, "8", null));

        orderNumber = Plant.release(as("planner"), Plant.order(gearbox, "2")).then().statusCode(201).extract().path("number");
        String schedule = as("planner").contentType(ContentType.JSON).body("{\"timeLimitSeconds\":2,\"publish\":true}")
                .when().post("/api/scheduling/schedules").then().statusCode(202).extract().path("id");
        Eventually.within(Duration.ofSeconds(60), () -> "PUBLISHED".equals(as("planner").when().get("/api/scheduling/schedules/" + schedule)
                .then().statusCode(200).extract().path("status")), "schedule " + schedule + " published");
        Eventually.within(Duration.ofSeconds(60), () -> openTasksOfTheOrder().size() == 3, "the picks of " + orderNumber + "'s three components");
        bearing = openTask(bearingItem);
        page = new Page("/warehouse.html", 360, 640);
    }

    private static void item(String code, String makeOrBuy) {
        as("planner").contentType(ContentType.JSON).body("{\"description\":\"" + code + " of the handheld's picks\",\"unit\":\"PCE\","
                + "\"makeOrBuy\":\"" + makeOrBuy + "\"" + ("BUY".equals(makeOrBuy) ? ",\"supplierCode\":\"ACME\"" : "") + "}")
                .when().put("/api/scheduling/items/" + code).then().statusCode(201);
    }

    private static String component(String code, int quantityPer) {
        return "{\"componentCode\":\"" + code + "\",\"quantityPer\":\"" + quantityPer + "\"}";
    }

    private static void put(String path, String body) {
        as("planner").contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(200);
    }

    private static String line(String item, String lot, String bin, String quantity, String expiresOn) {
        return "{\"itemCode\":\"" + item + "\",\"lot\":\"" + lot + "\",\"location\":\"" + bin + "\",\"quantity\":\"" + quantity
                + "\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"" + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"") + "}";
    }

    private static void openingBalance(String lines) {
        as("admin").contentType(ContentType.JSON).body("{\"lines\":[" + lines + "]}")
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void the_clerk_sees_the_orders_picks_in_waves_per_zone() {
        page.signIn("clerk", "clerk");
        page.click("#tab-pick");

        page.waitFor(d -> !page.all(taskRow(bearing)).isEmpty(), "the bearing's pick in a wave");
        assertThat(waveOf(bearing).getAttribute("data-zone")).isEqualTo("B");
        assertThat(page.text(taskRow(bearing))).contains((String) bearing.get("fromBin")).contains(bearingItem)
                .contains(amountOf(bearing) + " PCE").contains(orderNumber + " → " + STAGING);
        WebElement zoneA = waveOf(openTask(shaft));
        assertThat(zoneA.getAttribute("data-zone")).isEqualTo("A");
        assertThat(zoneA.getText()).contains("Zone A").contains(housing);
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-waves-en.png");
    }

    @Test
    @Order(2)
    void a_scan_of_the_wrong_bin_is_refused_at_once_naming_the_right_one() {
        String from = (String) bearing.get("fromBin");
        String wrong = from.equals("B-02-03") ? "B-02-02" : "B-02-03";
        page.click(taskRow(bearing));

        page.waitUntilShown("#pick-task");
        assertThat(page.text("#pick-take")).isEqualTo("Take " + amountOf(bearing) + " PCE of " + bearingItem + ", lot " + bearing.get("lot"));
        assertThat(page.text("#pick-bin-code")).isEqualTo(from);
        assertThat(page.text("#pick-to-bin")).isEqualTo(STAGING);
        assertThat(page.script("return document.activeElement.id")).as("ready to scan the bin").isEqualTo("pick-from");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-task-en.png");

        page.scan(wrong);

        page.waitFor(d -> "true".equals(page.find("#pick-from").getAttribute("aria-invalid")), "the wrong bin refused");
        assertThat(page.text("#pick-view")).contains("this pick is from bin " + from + ", not " + wrong);
        assertThat(task(bearing).getString("status")).as("nothing booked").isEqualTo("OPEN");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-wrong-bin-en.png");
    }

    @Test
    @Order(3)
    void taking_more_than_asked_is_refused_by_the_service_at_the_quantity() {
        page.scan((String) bearing.get("fromBin"));

        page.waitFor(d -> "pick-quantity".equals(page.script("return document.activeElement.id")), "on to the quantity");
        assertThat(page.find("#pick-from").getAttribute("aria-invalid")).isNull();
        assertThat(page.find("#pick-quantity").getAttribute("value")).as("the quantity asked, ready").isEqualTo(amountOf(bearing));
        page.type("#pick-quantity", new BigDecimal(amountOf(bearing)).add(BigDecimal.ONE).toPlainString());
        page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        page.waitFor(d -> "true".equals(page.find("#pick-quantity").getAttribute("aria-invalid")), "too many refused");
        assertThat(page.text("#pick-view")).contains("the task asks for " + amountOf(bearing) + " PCE: take no more");
        assertThat(task(bearing).getString("status")).isEqualTo("OPEN");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-too-many-en.png");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void a_short_pick_is_confirmed_and_its_rest_is_planned_from_other_stock() {
        page.script("window.keysSent = []; const real = window.fetch; window.fetch = (url, init) => {"
                + " if ((init || {}).method === 'POST') { window.keysSent.push(new Headers(init.headers).get('Idempotency-Key')); }"
                + " return real(url, init); };");
        BigDecimal asked = new BigDecimal(amountOf(bearing));
        String taken = asked.subtract(BigDecimal.ONE).toPlainString();
        page.type("#pick-quantity", taken);
        assertThat(page.text("#pick-confirm")).isEqualTo("Confirm a short pick");
        page.click("#pick-confirm");

        page.waitFor(d -> page.text("#pick-message").contains("short pick"), "the short pick confirmed");
        assertThat(page.text("#pick-message")).contains(bearing.get("number") + ": short pick, " + taken + " PCE of " + asked.toPlainString() + " PCE taken to "
                + STAGING).contains("The missing 1 PCE is planned from other stock");
        JsonPath confirmed = task(bearing);
        assertThat(confirmed.getString("status")).isEqualTo("SHORT");
        assertThat(new BigDecimal(confirmed.getString("picked.amount"))).isEqualByComparingTo(taken);
        Map<String, Object> rest = openTask(bearingItem);
        assertThat(rest.get("fromBin")).as("never again from the bin found short").isEqualTo("B-02-02");
        assertThat(rest.get("lot")).isEqualTo(spareLot);
        assertThat(amountOf(rest)).isEqualTo("1");
        assertThat((List<String>) page.script("return window.keysSent")).singleElement().asString().hasSize(36);
        // the wave goes on: its next task is open, ready for the next scan
        page.waitFor(d -> page.find("#pick-task").isDisplayed() && !bearing.get("id").equals(page.find("#pick-task").getAttribute("data-task")),
                "the next task of the wave");
        assertThat(page.text("#pick-what")).contains("zone B");
        assertThat(page.onScreen(page.find("#pick-message")).y).as("what became of the short pick still in sight").isGreaterThanOrEqualTo(0);
        assertThat(page.script("return document.activeElement.id")).isEqualTo("pick-from");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-short-en.png");
    }

    @Test
    @Order(5)
    void the_shaft_and_housing_wave_is_walked_task_after_task() {
        Map<String, Object> shaftTask = openTask(shaft);
        page.click("#pick-back");
        page.waitFor(d -> !page.all(taskRow(shaftTask)).isEmpty(), "the waves again");
        page.click(taskRow(shaftTask));
        page.waitFor(d -> shaftTask.get("id").equals(page.find("#pick-task").getAttribute("data-task")), "the shaft's task");

        page.scan((String) shaftTask.get("fromBin"));
        page.waitFor(d -> "pick-quantity".equals(page.script("return document.activeElement.id")), "on to the quantity");
        page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        page.waitFor(d -> page.text("#pick-message")
                .contains(shaftTask.get("number") + ": " + amountOf(shaftTask) + " PCE of " + shaft + " taken to " + STAGING), "the shaft picked");
        assertThat(task(shaftTask).getString("status")).isEqualTo("PICKED");
        page.waitFor(d -> page.find("#pick-task").isDisplayed() && !shaftTask.get("id").equals(page.find("#pick-task").getAttribute("data-task")),
                "the next task of the wave");
        String next = page.find("#pick-task").getAttribute("data-task");
        assertThat(as("clerk").when().get("/api/warehouse/pick-tasks/waves").then().statusCode(200).extract().jsonPath()
                .<String>getList("findAll { it.zone == 'A' }.tasks.flatten().id")).as("a task of zone A's wave").contains(next);
        Map<String, Object> housingTask = openTask(housing);
        if (next.equals(housingTask.get("id"))) {
            page.scan((String) housingTask.get("fromBin"));
            page.waitFor(d -> "pick-quantity".equals(page.script("return document.activeElement.id")), "on to the quantity");
            page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            page.waitFor(d -> page.text("#pick-message").contains(housingTask.get("number") + ": " + amountOf(housingTask) + " PCE of " + housing),
                    "the housing picked");
            assertThat(task(housingTask).getString("status")).isEqualTo("PICKED");
        }
        assertThat(as("clerk").queryParam("itemCode", shaft).when().get("/api/warehouse/stock").then().statusCode(200).extract()
                .jsonPath().<String>getList("lots.location")).as("the shafts are staged at CNC-01").contains(STAGING);
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-wave-en.png");
    }

    @Test
    @Order(6)
    void a_label_of_a_bin_that_does_not_exist_is_refused_at_the_scan_input() {
        page.click("#tab-count");
        assertThat(page.script("return document.activeElement.id")).isEqualTo("count-bin");

        page.scan("B-02-99");

        page.waitFor(d -> "true".equals(page.find("#count-bin").getAttribute("aria-invalid")), "the unknown bin refused");
        assertThat(page.text("#count-view")).contains("there is no bin B-02-99");
        assertThat(page.find("#count-sheet").isDisplayed()).isFalse();
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-count-no-bin-en.png");
    }

    @Test
    @Order(7)
    void a_scanned_bin_is_counted_blind_and_a_line_left_out_is_refused() {
        page.scan(COUNTED_BIN);

        page.waitFor(d -> page.find("#count-sheet").isDisplayed() && COUNTED_BIN.equals(page.find("#count-sheet").getAttribute("data-bin")),
                "the count of " + COUNTED_BIN);
        countNumber = page.find("#count-sheet").getAttribute("data-number");
        assertThat(page.text("#count-sheet")).contains(countItem + " · lot L1").contains(countItem + " · lot L2")
                .as("blind: the book's 20 and 8 are not shown").doesNotContainPattern("\\b(20|8)\\b");
        assertThat(page.script("return document.activeElement.className")).as("ready to type the first line").isEqualTo("counted");
        assertThat(page.text("#counts")).contains(countNumber).contains(COUNTED_BIN);
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-count-blind-en.png");

        // Enter goes on to the next line rather than posting half a count
        fillLines(Map.of("L1", "19"));
        page.find("#count-sheet fieldset[data-line='" + lineOf("L1") + "'] input.counted").sendKeys(Keys.ENTER);
        assertThat(page.script("return document.activeElement.closest('fieldset').dataset.line")).isNotEqualTo(String.valueOf(lineOf("L1")));
        assertThat(countStatus()).isEqualTo("OPEN");
        page.click("#count-post");
        page.waitFor(d -> "true".equals(page.find("#count-sheet fieldset[data-line='" + lineOf("L2") + "'] input.counted")
                .getAttribute("aria-invalid")), "the line left out refused");
        assertThat(page.text("#count-sheet")).contains("is required");
        assertThat(countStatus()).isEqualTo("OPEN");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-count-line-missing-en.png");
    }

    @Test
    @Order(8)
    void a_count_far_off_the_book_waits_for_a_second_person_and_shows_the_differences() {
        fillLines(Map.of("L1", "19", "L2", "3"));
        page.click("#count-post");

        page.waitFor(d -> "AWAITING_APPROVAL".equals(page.find("#count-result").getAttribute("data-status")), "the count waiting");
        assertThat(page.text("#count-outcome")).contains(countNumber).contains("waits for a second person");
        assertThat(page.text(resultLine("L1"))).contains("counted 19 PCE").contains("book 20 PCE").contains("difference -1 PCE").contains("Posted");
        assertThat(page.text(resultLine("L2"))).contains("counted 3 PCE").contains("book 8 PCE").contains("difference -5 PCE").contains("Waits");
        page.waitFor(d -> !page.all(approval()).isEmpty(), "the count among those waiting for approval");
        assertThat(page.text(approval())).contains("counted by clerk").contains("a second person approves it");
        assertThat(page.all(approval() + " button.approve")).as("the clerk cannot approve their own count").isEmpty();
        assertThat(page.all("#counts li[data-number='" + countNumber + "']")).as("no longer open").isEmpty();
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-count-waits-en.png");
    }

    @Test
    @Order(9)
    void a_second_person_approves_it_on_another_handheld_and_it_posts() {
        try (Page second = new Page("/warehouse.html", 360, 640)) {
            second.signIn("admin", "admin");
            second.click("#tab-count");
            second.waitFor(d -> !second.all(approval() + " button.approve").isEmpty(), "the count to approve");
            assertThat(second.text(approval())).contains("difference -5 PCE");
            second.assertFitsTheHandheld();
            second.screenshot("warehouse-count-to-approve-en.png");

            second.click(approval() + " button.approve");

            second.waitFor(d -> "POSTED".equals(second.find("#count-result").getAttribute("data-status")), "the count approved");
            assertThat(second.text("#count-outcome")).isEqualTo(countNumber + " for " + COUNTED_BIN + " is approved by admin and posted.");
            second.waitFor(d -> second.all(approval()).isEmpty(), "no longer waiting");
            second.assertFitsTheHandheld();
            second.screenshot("warehouse-count-approved-en.png");
        }
        assertThat(as("clerk").queryParam("itemCode", countItem).when().get("/api/warehouse/stock").then().statusCode(200).extract()
                .jsonPath().getString("lots.find { it.lot == 'L2' }.quantity.amount")).satisfies(left -> assertThat(new BigDecimal(left))
                .isEqualByComparingTo("3"));
    }

    @Test
    @Order(10)
    void an_empty_bin_is_counted_with_no_lines() {
        page.scan("DOCK-02");

        page.waitFor(d -> "DOCK-02".equals(page.find("#count-sheet").getAttribute("data-bin")), "the empty bin's count");
        assertThat(page.text("#count-sheet")).contains("Nothing is listed for DOCK-02");
        assertThat(page.text("#count-post")).isEqualTo("The bin is empty");
        page.click("#count-post");

        page.waitFor(d -> "POSTED".equals(page.find("#count-result").getAttribute("data-status")), "the empty bin counted");
        assertThat(page.text("#count-outcome")).contains("for DOCK-02 is posted");
        assertThat(page.script("return document.activeElement.id")).as("ready for the next bin").isEqualTo("count-bin");
    }

    @Test
    @Order(11)
    void in_chinese_picking_and_counting_speak_chinese() {
        Map<String, Object> rest = openTask(bearingItem);
        page.chooseLanguage("zh-CN");
        assertThat(page.text("#tab-pick")).isEqualTo("拣货");
        assertThat(page.text("#tab-count")).isEqualTo("盘点");

        page.scan(COUNTED_BIN);
        page.waitFor(d -> page.find("#count-sheet").isDisplayed() && !countNumber.equals(page.find("#count-sheet").getAttribute("data-number")),
                "a new count of " + COUNTED_BIN);
        fillLines(Map.of("L1", "19", "L2", "drei"));
        page.click("#count-post");
        page.waitFor(d -> page.text("#count-sheet").contains("“drei”不是数字"), "a word for a number refused in Chinese");
        assertThat(page.text("#count-message")).contains("请更正标出的字段");
        assertThat(page.text("#count-sheet")).contains("实盘数量 (PCE)");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-count-zh.png");
        page.click("#count-close");

        page.click("#tab-pick");
        if (page.find("#pick-task").isDisplayed()) {
            page.click("#pick-back");
        }
        page.waitFor(d -> !page.all(taskRow(rest)).isEmpty(), "the rest of the bearings to pick");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-waves-zh.png");
        page.click(taskRow(rest));
        page.waitUntilShown("#pick-task");
        assertThat(page.text("#pick-take")).isEqualTo("拣取 " + bearingItem + "（批次 " + spareLot + "）1 PCE");
        page.scan("B-02-01");
        page.waitFor(d -> "true".equals(page.find("#pick-from").getAttribute("aria-invalid")), "the wrong bin refused in Chinese");
        assertThat(page.text("#pick-view")).contains("此拣货任务应从库位 B-02-02 拣取，而不是 B-02-01");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-pick-zh.png");
        page.assertEveryTextTranslated();
    }

    /** Types each line's count by its lot; lines of other lots in the bin (another test's) are counted as the book has them. */
    private void fillLines(Map<String, String> byLot) {
        JsonPath count = as("clerk").when().get("/api/warehouse/counts?status=OPEN").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> lines = count.getList("find { it.number == '" + page.find("#count-sheet").getAttribute("data-number") + "' }.lines");
        for (Map<String, Object> line : lines) {
            String typed = countItem.equals(line.get("itemCode")) ? byLot.get((String) line.get("lot")) : bookOf(line);
            if (typed != null) {
                page.type("#count-sheet fieldset[data-line='" + line.get("line") + "'] input.counted", typed);
            }
        }
    }

    private static String bookOf(Map<String, Object> line) {
        return as("clerk").queryParam("itemCode", line.get("itemCode")).when().get("/api/warehouse/stock").then().extract().jsonPath()
                .getString("lots.find { it.lot == '" + line.get("lot") + "' && it.location == '" + COUNTED_BIN + "' }.quantity.amount");
    }

    private int lineOf(String lot) {
        return page.all("#count-sheet fieldset.count-line").stream().filter(f -> f.getText().contains(countItem + " · lot " + lot))
                .map(f -> Integer.parseInt(f.getAttribute("data-line"))).findFirst().orElseThrow();
    }

    private String resultLine(String lot) {
        return "#count-result li[data-line='" + page.all("#count-result li[data-line]").stream()
                .filter(li -> li.getText().contains(countItem + " · lot " + lot)).map(li -> li.getAttribute("data-line")).findFirst().orElseThrow()
                + "']";
    }

    private String approval() {
        return "#approvals li.approval[data-number='" + countNumber + "']";
    }

    private String countStatus() {
        return as("clerk").when().get("/api/warehouse/counts").then().statusCode(200).extract().jsonPath()
                .getString("find { it.number == '" + countNumber + "' }.status");
    }

    private List<Map<String, Object>> openTasksOfTheOrder() {
        return as("clerk").when().get("/api/warehouse/pick-tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.orderNumber == '" + orderNumber + "' }");
    }

    private Map<String, Object> openTask(String item) {
        return openTasksOfTheOrder().stream().filter(task -> item.equals(task.get("itemCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no open pick of " + item + " for " + orderNumber));
    }

    private static JsonPath task(Map<String, Object> task) {
        return as("clerk").when().get("/api/warehouse/pick-tasks/{id}", task.get("id")).then().statusCode(200).extract().jsonPath();
    }

    /** A task's quantity as the page writes it: "5", not "5.000". */
    @SuppressWarnings("unchecked")
    private static String amountOf(Map<String, Object> task) {
        return new BigDecimal((String) ((Map<String, Object>) task.get("quantity")).get("amount")).stripTrailingZeros().toPlainString();
    }

    private WebElement waveOf(Map<String, Object> task) {
        return page.find(taskRow(task)).findElement(By.xpath("ancestor::li[contains(@class, 'wave')]"));
    }

    private static String taskRow(Map<String, Object> task) {
        return "#waves button.task-row[data-task='" + task.get("id") + "']";
    }
}
