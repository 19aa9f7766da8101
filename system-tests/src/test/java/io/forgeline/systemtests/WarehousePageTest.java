package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The warehouse clerk's handheld in headless Chromium on a 360 × 640 screen, signed in at Keycloak as clerk: ACME's
 * shipping notice of two handling units expected at the dock and received unit by unit, each SSCC typed the way a
 * keyboard-wedge scanner sends a GS1-128 label (the second label's group separator as Ctrl+], started while nothing
 * had focus), the first as announced, the second with damaged goods, refused until it has a reason; then the ASN
 * RECEIVED at the partner API. A label with a wrong check digit is refused at the scan input, the first unit is put
 * away by scanning the suggested bin after a wrong bin was refused naming the right one, the stock tab shows the lot
 * where it lies, a unit on no notice is taken in as unplanned, and the page works in Chinese. The steps build on each
 * other, in order, on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehousePageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String GTIN = "04012345000023"; // BEARING-6204's, as on its labels
    private static final String GS = "\u001d";

    private Page page;
    private final String lot = "LH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String asnNumber = "ASN-HH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private String asnId;
    private String first;
    private String second;
    private String chineseAsnId;
    private String putawayBin;

    @BeforeAll
    void acmeAnnouncesTwoHandlingUnitsAndTheClerkSignsIn() {
        // supply learns the item master from scheduling's events: on a fresh suite that may take a moment
        String[] orderId = new String[1];
        Eventually.within(Duration.ofSeconds(30), () -> {
            orderId[0] = Purchasing.buyer().contentType(ContentType.JSON).body(Purchasing.order("40", true))
                    .when().post("/api/supply/purchase-orders").then().extract().path("id");
            return orderId[0] != null;
        }, "a purchase order for ACME");
        String body = "{\"asnNumber\":\"" + asnNumber + "\",\"shipDate\":\"" + TODAY + "\",\"expectedArrival\":\"" + TODAY.plusDays(1)
                + "T08:00:00Z\",\"handlingUnits\":[" + unit(Purchasing.sscc(), orderId[0], "24") + "," + unit(Purchasing.sscc(), orderId[0], "16") + "]}";
        asnId = Purchasing.acme().contentType(ContentType.JSON).body(body).when().post("/partner/v1/asns").then().statusCode(201).extract().path("id");
        List<String> ssccs = Purchasing.expectedAtTheDock(asnId);
        first = ssccs.get(0);
        second = ssccs.get(1);
        chineseAsnId = Purchasing.openAsn();
        Purchasing.expectedAtTheDock(chineseAsnId);
        page = new Page("/warehouse.html", 360, 640);
    }

    private String unit(String sscc, String orderId, String quantity) {
        return "{\"sscc\":\"" + sscc + "\",\"lines\":[{\"purchaseOrderId\":\"" + orderId + "\",\"lineNumber\":1,\"itemCode\":\"" + Purchasing.ITEM
                + "\",\"lot\":\"" + lot + "\",\"expiryDate\":\"" + TODAY.plusYears(2) + "\",\"quantity\":\"" + quantity + "\"}]}";
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void the_clerk_signs_in_and_sees_both_handling_units_expected_at_the_dock() {
        page.signIn("clerk", "clerk");

        assertThat(page.script("return [window.innerWidth, window.innerHeight]")).isEqualTo(List.of(360L, 640L));
        page.waitFor(d -> !page.all(asnCard()).isEmpty(), asnNumber + " expected at the dock");
        assertThat(page.text(asnCard())).contains("ACME").contains(first).contains(second).contains(Purchasing.ITEM).contains("24 PCE");
        assertThat(page.find(dockUnit(first)).getAttribute("data-received")).isEqualTo("false");
        assertThat(page.text(dockUnit(first))).contains("Expected");
        assertThat(page.script("return document.activeElement.id")).as("ready for the first scan").isEqualTo("receive-scan");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-dock-en.png");
    }

    @Test
    @Order(2)
    void a_label_with_a_wrong_check_digit_is_refused_at_the_scan_input() {
        char check = first.charAt(17);
        String wrong = first.substring(0, 17) + (char) ('0' + (check - '0' + 1) % 10);

        page.scan("]C100" + wrong);

        page.waitFor(d -> "true".equals(page.find("#receive-scan").getAttribute("aria-invalid")), "the scan refused");
        WebElement input = page.find("#receive-scan");
        assertThat(page.find("#" + input.getAttribute("aria-describedby")).getText())
                .contains("check digit " + wrong.charAt(17) + " is wrong: " + wrong.substring(0, 17) + " needs " + check);
        assertThat(page.text("#receive-message")).contains("Please correct the marked fields");
        assertThat(page.find("#unit").isDisplayed()).isFalse();
        page.assertFitsTheHandheld();
        BufferedImage screen = page.screenshot("warehouse-scan-refused-en.png");
        Rectangle box = page.onScreen(input);
        assertThat(Browser.hueDistance(Browser.hsb(screen.getRGB(box.x + box.width / 2, box.y))[0], 0))
                .as("the refused scan is outlined red on screen").isLessThan(12.0);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void the_first_unit_is_scanned_and_received_as_announced_with_enter() {
        page.script("window.keysSent = []; const real = window.fetch; window.fetch = (url, init) => {"
                + " if ((init || {}).method === 'POST') { window.keysSent.push(new Headers(init.headers).get('Idempotency-Key')); }"
                + " return real(url, init); };");

        page.scan("]C100" + first);

        page.waitFor(d -> first.equals(page.find("#unit").getAttribute("data-sscc")), "the unit's lines");
        assertThat(page.find("#receive-scan").getAttribute("aria-invalid")).isNull();
        assertThat(page.text("#unit")).contains(asnNumber).contains(Purchasing.ITEM).contains("lot " + lot).contains("Announced: 24 PCE");
        assertThat(page.script("return document.activeElement.id")).as("Enter receives it").isEqualTo("receive-button");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-unit-en.png");

        page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        page.waitFor(d -> first.equals(page.find("#receipt-done").getAttribute("data-sscc")), "the receipt");
        assertThat(page.text("#receipt-line")).isEqualTo("SSCC " + first + " received into DOCK-01, quarantine.");
        page.waitFor(d -> "true".equals(page.find(dockUnit(first)).getAttribute("data-received")), "the unit marked received");
        assertThat(page.text(dockUnit(first))).contains("Received");
        assertThat(page.find(dockUnit(second)).getAttribute("data-received")).isEqualTo("false");
        assertThat((List<String>) page.script("return window.keysSent")).singleElement().asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(page.script("return document.activeElement.id")).as("ready for the next scan").isEqualTo("receive-scan");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-received-en.png");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void the_received_units_label_comes_as_a_pdf_to_print() {
        // the page opens a tab at the click and gives it the PDF once fetched: keep what it would have shown
        page.script("window.labelTab = { location: {}, close() { this.closed = true; } }; window.open = () => window.labelTab;");

        page.click("#receipt-done button.print-label");

        page.waitFor(d -> String.valueOf(page.script("return window.labelTab.location.href || ''")).startsWith("blob:"), "the label's PDF");
        List<Object> pdf = (List<Object>) page.asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(window.labelTab.location.href).then(r => r.arrayBuffer())"
                + " .then(b => done([String.fromCharCode(...new Uint8Array(b.slice(0, 5))), b.byteLength]));");
        assertThat(pdf.get(0)).isEqualTo("%PDF-");
        assertThat(page.text("#receive-message")).isEmpty();
    }

    @Test
    @Order(5)
    void the_second_units_label_with_a_group_separator_is_received_with_damaged_goods_and_a_reason() {
        // the scanner starts typing while nothing has focus; its GS between (37) and (10) comes as Ctrl+]
        page.script("document.activeElement.blur()");
        new Actions(page.browser).sendKeys("]C100" + second + "02" + GTIN + "3716").perform();
        new Actions(page.browser).keyDown(Keys.CONTROL).sendKeys("]").keyUp(Keys.CONTROL).perform();
        assertThat(page.script("return document.getElementById('receive-scan').value"))
                .as("scanner.js turned Ctrl+] into the GS character").isEqualTo("]C100" + second + "02" + GTIN + "3716" + GS);
        new Actions(page.browser).sendKeys("10" + lot, Keys.ENTER).perform();

        page.waitFor(d -> second.equals(page.find("#unit").getAttribute("data-sscc")), "the second unit's lines, its GS1 label read");
        assertThat(page.text("#unit")).contains("Announced: 16 PCE");
        page.type("#unit fieldset[data-line='0'] input.damaged", "3");
        page.click("#receive-button");

        page.waitFor(d -> "true".equals(page.find("#receive-reason").getAttribute("aria-invalid")), "a difference without a reason refused");
        assertThat(page.text("#unit")).contains("is required when the count differs");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-difference-refused-en.png");

        page.type("#receive-reason", "3 cartons crushed by a forklift");
        page.click("#receive-button");

        page.waitFor(d -> second.equals(page.find("#receipt-done").getAttribute("data-sscc")), "the second receipt");
        assertThat(page.text("#receipt-done")).contains("16 PCE received").contains("3 PCE damaged");
        Eventually.within(Duration.ofSeconds(30), () -> "RECEIVED".equals(Purchasing.acme().when().get("/partner/v1/asns/{id}", asnId).then()
                .extract().path("status")), "ASN " + asnNumber + " received at the partner API");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-difference-received-en.png");
    }

    @Test
    @Order(6)
    void the_first_unit_is_put_away_by_scanning_the_suggested_bin_after_a_wrong_bin_was_refused() {
        page.click("#tab-putaway");
        assertThat(page.script("return document.activeElement.id")).isEqualTo("putaway-unit");

        page.scan("]C100" + first);

        page.waitUntilShown("#putaway-target");
        putawayBin = page.text("#putaway-bin-code");
        assertThat(putawayBin).startsWith("QA-");
        assertThat(page.text("#putaway-target")).contains("Take it to").contains("Quarantine");
        assertThat(page.script("return document.activeElement.id")).isEqualTo("putaway-bin");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-putaway-en.png");

        page.scan("A-01-01");

        page.waitFor(d -> "true".equals(page.find("#putaway-bin").getAttribute("aria-invalid")), "the wrong bin refused");
        assertThat(page.text("#putaway-view")).contains("bin A-01-01 is not where this handling unit goes: put it into " + putawayBin);
        assertThat(page.text("#putaway-bin-code")).isEqualTo(putawayBin);
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-wrong-bin-en.png");

        page.scan(putawayBin);

        page.waitFor(d -> page.text("#putaway-message").contains("is in " + putawayBin + " now"), "the unit put away");
        assertThat(page.text("#putaway-message")).contains(first);
        assertThat(page.find("#putaway-target").isDisplayed()).isFalse();
        assertThat(Plant.as("clerk").when().get("/api/warehouse/handling-units/{sscc}", first).then().statusCode(200)
                .extract().<List<String>>path("lines.location")).containsOnly(putawayBin);
    }

    @Test
    @Order(7)
    void the_stock_tab_shows_the_received_lot_where_it_lies() {
        page.click("#tab-stock");
        page.type("#stock-item", Purchasing.ITEM);
        page.click("#stock-show");

        page.waitFor(d -> !page.all(lotOn(first)).isEmpty() && !page.all(lotOn(second)).isEmpty(), "lot " + lot + " in stock");
        WebElement put = page.find(lotOn(first));
        assertThat(put.getAttribute("data-location")).isEqualTo(putawayBin);
        assertThat(put.getText()).contains("24 PCE").contains("Quarantine").contains("in " + putawayBin);
        WebElement docked = page.find(lotOn(second));
        assertThat(docked.getAttribute("data-location")).isEqualTo("DOCK-01");
        assertThat(docked.getText()).as("what was not damaged").contains("13 PCE");
        assertThat(page.text("#stock-view")).contains("In quarantine");
        page.script("arguments[0].scrollIntoView({block: 'center'})", put);
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-stock-en.png");
    }

    @Test
    @Order(8)
    void a_unit_on_no_shipping_notice_is_taken_in_as_unplanned() {
        String stray = Purchasing.sscc();
        page.click("#tab-receive");

        page.scan("]C100" + stray);

        page.waitFor(d -> page.text("#receive-message").contains("is on no open shipping notice"), "the unit on no notice");
        page.click("#unplanned-open");
        page.waitUntilShown("#unplanned");
        page.type("#unplanned-item", Purchasing.ITEM);
        page.type("#unplanned-lot", "STRAY-1");
        page.type("#unplanned-quantity", "5");
        page.click("#unplanned-receive");
        page.waitFor(d -> "true".equals(page.find("#unplanned-reason").getAttribute("aria-invalid")), "no reason, refused");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-unplanned-en.png");
        page.type("#unplanned-reason", "delivered without a notice");
        page.click("#unplanned-receive");

        page.waitFor(d -> stray.equals(page.find("#receipt-done").getAttribute("data-sscc")), "the unplanned receipt");
        assertThat(page.text("#receipt-line")).isEqualTo("SSCC " + stray + " received as unplanned into DOCK-01, quarantine.");
    }

    @Test
    @Order(9)
    void in_chinese_the_handheld_speaks_chinese() {
        String chineseUnit = Purchasing.acme().when().get("/partner/v1/asns/{id}", chineseAsnId).then().extract().path("handlingUnits[0].sscc");
        page.chooseLanguage("zh-CN");

        assertThat(page.text("#tab-receive")).isEqualTo("收货");
        assertThat(page.text("#tab-putaway")).isEqualTo("上架");
        assertThat(page.text("#tab-stock")).isEqualTo("库存");
        assertThat(page.text("#receipt-line")).contains("已作为计划外收货至 DOCK-01，待检");
        page.screenshot("warehouse-received-zh.png");

        char check = chineseUnit.charAt(17);
        page.scan("]C100" + chineseUnit.substring(0, 17) + (char) ('0' + (check - '0' + 1) % 10));
        page.waitFor(d -> "true".equals(page.find("#receive-scan").getAttribute("aria-invalid")), "the scan refused in Chinese");
        assertThat(page.text("#receive-message")).contains("请更正标出的字段");
        assertThat(page.text("#receive-view")).contains("校验位");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-scan-refused-zh.png");

        page.scan("]C100" + chineseUnit);
        page.waitFor(d -> chineseUnit.equals(page.find("#unit").getAttribute("data-sscc")), "the unit in Chinese");
        assertThat(page.text("#unit")).contains("通知数量：").contains("确认收货");
        page.type("#unit fieldset[data-line='0'] input.received", "8");
        page.click("#receive-button");
        page.waitFor(d -> "true".equals(page.find("#receive-reason").getAttribute("aria-invalid")), "a difference without a reason, in Chinese");
        assertThat(page.text("#unit")).contains("实收与通知不符");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-unit-zh.png");
        page.click("#receive-cancel");

        page.click("#tab-putaway");
        page.scan("]C100" + second);
        page.waitUntilShown("#putaway-target");
        assertThat(page.text("#putaway-target")).contains("请放到");
        page.scan("A-01-01");
        page.waitFor(d -> "true".equals(page.find("#putaway-bin").getAttribute("aria-invalid")), "the wrong bin refused in Chinese");
        assertThat(page.text("#putaway-view")).contains("库位 A-01-01 不是此物流单元的目标库位：请放入 " + page.text("#putaway-bin-code"));
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-wrong-bin-zh.png");

        page.click("#tab-stock");
        page.click("#stock-show");
        page.waitFor(d -> !page.all(lotOn(first)).isEmpty() && page.text("#stock-view").contains("待检"), "the stock in Chinese");
        page.script("arguments[0].scrollIntoView({block: 'center'})", page.find(lotOn(first)));
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-stock-zh.png");

        page.click("#tab-receive");
        page.script("window.scrollTo(0, 0)");
        page.screenshot("warehouse-dock-zh.png");
        page.assertEveryTextTranslated();
    }

    private String asnCard() {
        return "#asns li.asn[data-asn='" + asnNumber + "']";
    }

    private static String dockUnit(String sscc) {
        return "#asns li.dock-unit[data-sscc='" + sscc + "']";
    }

    private String lotOn(String sscc) {
        return "#stock-lots li.lot[data-lot='" + lot + "'][data-unit='" + sscc + "']";
    }
}
