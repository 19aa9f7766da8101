package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supplier portal in headless Chromium, as ACME's person acme uses it: a real sign-in at Keycloak, the order a
 * buyer sent (marked new), one line confirmed and another split into two later deliveries, a shipping notice with
 * two handling units whose first SSCC has a wrong check digit (refused at that very input), fixed and accepted, then
 * changed and withdrawn, and the whole page in Chinese, which a reload keeps. The steps build on each other, so they run in order on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupplierPageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String SUPPLIER_ITEM = "AC-6204-2RS";

    private Page page;
    private String orderId;
    private String orderNumber;
    private final String asnNumber = "ASN-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    void aBuyerSendsAnOrderOfTwoLinesAndTheSupplierSignsIn() {
        String body = "{\"supplierCode\":\"ACME\",\"lines\":["
                + "{\"itemCode\":\"" + Purchasing.ITEM + "\",\"quantity\":\"40\",\"requestedDate\":\"" + TODAY.plusDays(30) + "\"},"
                + "{\"itemCode\":\"" + Purchasing.ITEM + "\",\"quantity\":\"60\",\"requestedDate\":\"" + TODAY.plusDays(35) + "\"}]}";
        // supply learns the item master from scheduling's events: on a fresh suite that may take a moment
        Eventually.within(Duration.ofSeconds(30), () -> {
            JsonPath created = Purchasing.buyer().contentType(ContentType.JSON).body(body).when().post("/api/supply/purchase-orders")
                    .then().extract().jsonPath();
            orderId = created.getString("id");
            orderNumber = created.getString("number");
            return orderId != null;
        }, "a purchase order for ACME");
        Purchasing.buyer().contentType(ContentType.JSON).body("{\"supplierItemNumber\":\"" + SUPPLIER_ITEM + "\",\"leadTimeDays\":10}")
                .when().put("/api/supply/suppliers/ACME/items/" + Purchasing.ITEM).then().statusCode(200);
        page = new Page("/supplier.html");
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void the_supplier_signs_in_and_sees_the_buyers_order_marked_new() {
        page.signIn("acme", "acme");

        page.waitFor(d -> !page.all(orderRow()).isEmpty(), "a row for " + orderNumber);
        WebElement row = page.find(orderRow());
        assertThat(row.getAttribute("data-fresh")).isEqualTo("new");
        assertThat(row.getText()).contains("New").contains("Please answer");
        assertThat(page.text("#user")).isEqualTo("acme");
        assertThat(page.text("#supplier-code")).contains("ACME");
        assertThat(Integer.parseInt(page.text("#orders-count"))).as("orders waiting for an answer, on the tab").isPositive();
        page.assertNothingSticksOutSideways();

        BufferedImage screen = page.screenshot("supplier-orders-en.png");
        Rectangle first = page.onScreen(row.findElement(org.openqa.selenium.By.cssSelector("td")));
        float[] edge = Browser.hsb(screen.getRGB(first.x + 1, first.y + first.height / 2));
        assertThat(Browser.hueDistance(edge[0], 216)).as("the new order's row is marked with the accent bar on screen").isLessThan(12.0);
        assertThat(Browser.isSaturated(screen.getRGB(first.x + 1, first.y + first.height / 2))).isTrue();
    }

    @Test
    @Order(2)
    void opening_the_order_shows_each_line_with_gtin_and_the_suppliers_own_item_number() {
        page.click(orderRow());

        page.waitUntilShown("#order");
        assertThat(page.text("#order-heading")).contains(orderNumber);
        String first = page.text("#lines tr.line[data-line='1']");
        assertThat(first).contains(Purchasing.ITEM).contains("04012345000023").contains(SUPPLIER_ITEM).contains("40 PCE").contains("1000");
        assertThat(page.text("#lines tr.line[data-line='2']")).contains("60 PCE");
        page.waitFor(d -> "".equals(page.find(orderRow()).getAttribute("data-fresh")), "the order no longer marked new once read");
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void confirming_one_line_and_splitting_the_other_sends_a_counter_proposal_to_the_buyer() {
        page.click("#lines tr.answer-row[data-line='1'] input[value='accept']");
        page.click("#lines tr.answer-row[data-line='2'] input[value='propose']");
        page.type("#lines tr.answer-row[data-line='2'] .delivery[data-delivery='0'] input.quantity", "30");
        page.click("#lines tr.answer-row[data-line='2'] .add-delivery");
        page.type("#lines tr.answer-row[data-line='2'] .delivery[data-delivery='1'] input.quantity", "30");
        page.set(page.find("#lines tr.answer-row[data-line='2'] .delivery[data-delivery='1'] input.day"), TODAY.plusDays(45).toString());
        assertThat(page.text("#lines tr.answer-row[data-line='2'] .total")).contains("60 PCE of 60 PCE");
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-answer-en.png");

        page.click("#send-answers");

        page.waitFor(d -> "COUNTER_PROPOSED".equals(page.find("#order").getAttribute("data-status")), "the order counter-proposed");
        assertThat(page.text("#order-message")).contains("your proposal has gone to the buyer");
        assertThat(page.find("#lines tr.line[data-line='1']").getAttribute("data-status")).isEqualTo("CONFIRMED");
        assertThat(page.find("#lines tr.line[data-line='2']").getAttribute("data-status")).isEqualTo("COUNTER_PROPOSED");
        JsonPath order = Purchasing.buyer().when().get("/api/supply/purchase-orders/{id}", orderId).then().statusCode(200).extract().jsonPath();
        assertThat(order.getString("lines[0].status")).isEqualTo("CONFIRMED");
        assertThat(order.getList("lines[1].proposal")).isEqualTo(List.of(
                Map.of("quantity", "30", "date", TODAY.plusDays(35).toString()),
                Map.of("quantity", "30", "date", TODAY.plusDays(45).toString())));
        page.click("#order-history summary");
        page.waitFor(d -> !page.all("#revisions li").isEmpty(), "the order's history");
        assertThat(page.text("#revisions li:last-child")).startsWith("Revision 1,");
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-order-en.png");
    }

    @Test
    @Order(4)
    void a_shipping_notice_with_a_wrong_sscc_is_refused_at_that_sscc_and_accepted_once_it_is_fixed() {
        String good = Purchasing.sscc();
        String second = Purchasing.sscc();
        char check = good.charAt(17);
        String wrong = good.substring(0, 17) + (char) ('0' + (check - '0' + 1) % 10);
        page.click("#tab-asns");
        page.click("#new-asn");
        page.waitUntilShown("#asn-editor");
        page.waitFor(d -> page.all("#units select.order-line option").size() > 1, "the order lines to choose from");
        page.type("#asn-number", asnNumber);
        page.set(page.find("#asn-arrival"), TODAY.plusDays(2) + "T08:00");
        page.type("#asn-carrier", "DHL");
        fillUnit(0, wrong, "L-77", "20");
        page.click("#add-unit");
        fillUnit(1, second, "L-78", "20");
        page.set(page.find("fieldset.unit[data-unit='1'] input.expiry"), TODAY.plusYears(1).toString());
        // a scanner ends the SSCC with Enter: that moves on to the next field and sends nothing yet
        page.find("fieldset.unit[data-unit='1'] input.sscc").sendKeys(Keys.ENTER);
        assertThat(page.script("return document.activeElement.classList.contains('order-line')")).isEqualTo(true);
        assertThat(page.text("#asn-message")).isEmpty();

        page.click("#asn-submit");

        page.waitFor(d -> page.find("#asn-message").getAttribute("class").contains("error"), "the refusal");
        WebElement bad = page.find("fieldset.unit[data-unit='0'] input.sscc");
        assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement note = page.find("#" + bad.getAttribute("aria-describedby"));
        assertThat(note.getText()).contains(wrong).contains("check digit");
        assertThat(page.find("fieldset.unit[data-unit='1'] input.sscc").getAttribute("aria-invalid")).as("the good SSCC is not blamed").isNull();
        assertThat(page.text("#asn-message")).contains("Please correct the marked fields").contains("Handling unit 1 · SSCC");
        assertThat(page.all("#asns tbody tr[data-asn='" + asnNumber + "']")).as("nothing accepted").isEmpty();
        page.assertNothingSticksOutSideways();
        BufferedImage screen = page.screenshot("supplier-asn-refused-en.png");
        Rectangle box = page.onScreen(bad);
        float[] border = Browser.hsb(screen.getRGB(box.x + box.width / 2, box.y));
        assertThat(Browser.hueDistance(border[0], 0)).as("the refused SSCC is outlined red on screen").isLessThan(12.0);
        assertThat(Browser.isSaturated(screen.getRGB(box.x + box.width / 2, box.y))).isTrue();

        // typed as printed under the barcode: the application identifier (00) and spaces are no mistake
        page.type(bad, "(00) " + good.substring(0, 8) + " " + good.substring(8));
        page.click("#asn-submit");

        page.waitFor(d -> !page.all("#asns tbody tr[data-asn='" + asnNumber + "']").isEmpty(), asnNumber + " in the list");
        assertThat(page.find("#asn-editor").isDisplayed()).isFalse();
        WebElement listed = page.find("#asns tbody tr[data-asn='" + asnNumber + "']");
        assertThat(listed.getText()).contains(good).contains(second).contains(orderNumber + "/1").contains("On its way");
        assertThat(page.text("#message")).contains(asnNumber).contains("accepted");
        assertThat(Purchasing.acme().when().get("/partner/v1/asns/{id}", listed.getAttribute("data-id")).then().statusCode(200)
                .extract().<List<String>>path("handlingUnits.sscc")).containsExactly(good, second);
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-asns-en.png");
    }

    @Test
    @Order(5)
    void the_sscc_labels_of_a_notice_come_as_a_pdf_to_print() {
        String row = "#asns tbody tr[data-asn='" + asnNumber + "']";
        // the page opens a tab at the click and gives it the PDF once fetched: keep what it would have shown
        page.script("window.labelTab = { location: {}, close() { this.closed = true; } }; window.open = () => window.labelTab;");

        page.click(row + " button.print-labels");

        page.waitFor(d -> String.valueOf(page.script("return window.labelTab.location.href || ''")).startsWith("blob:"), "the labels' PDF");
        Object pdf = page.asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(window.labelTab.location.href).then(r => r.arrayBuffer())"
                + " .then(b => done([String.fromCharCode(...new Uint8Array(b.slice(0, 5))), b.byteLength]));");
        assertThat(((List<?>) pdf).get(0)).isEqualTo("%PDF-");
        assertThat(((Number) ((List<?>) pdf).get(1)).intValue()).as("two labels' pages").isGreaterThan(10_000);
        assertThat(page.text("#message")).isEmpty();
    }

    @Test
    @Order(6)
    void an_open_shipping_notice_can_be_changed_and_then_withdrawn() {
        String row = "#asns tbody tr[data-asn='" + asnNumber + "']";
        page.click(row + " button.change");
        page.waitUntilShown("#asn-editor");
        assertThat(page.text("#asn-form-heading")).contains(asnNumber).contains("revision 2");
        page.type("#asn-carrier", "DB Schenker");
        page.type("fieldset.unit[data-unit='1'] input.quantity", "15");

        page.click("#asn-submit");

        page.waitFor(d -> page.find(row).getText().contains("DB Schenker"), "the changed notice listed");
        assertThat(page.find(row).getText()).contains("15 PCE").contains("20 PCE");
        assertThat(page.text(row + " td.number")).isEqualTo("2");
        assertThat(page.text("#message")).contains("revision 2");

        page.click(row + " button.withdraw");
        assertThat(page.text(row + " td.actions")).contains("Withdraw " + asnNumber + "?");
        page.click(row + " button.confirm-withdraw");

        page.waitFor(d -> "CANCELLED".equals(page.find(row).getAttribute("data-status")), "the notice withdrawn");
        assertThat(page.find(row).getText()).contains("Withdrawn");
        assertThat(page.all(row + " button.change")).as("a withdrawn notice cannot be changed").isEmpty();
        assertThat(Purchasing.acme().when().get("/partner/v1/asns/{id}", page.find(row).getAttribute("data-id")).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("CANCELLED");
    }

    private void fillUnit(int unit, String sscc, String lot, String quantity) {
        String at = "fieldset.unit[data-unit='" + unit + "'] ";
        page.type(at + "input.sscc", sscc);
        new Select(page.find(at + "select.order-line")).selectByValue(orderId + "|1");
        page.type(at + "input.lot", lot);
        page.type(at + "input.quantity", quantity);
    }

    @Test
    @Order(7)
    void in_chinese_the_page_speaks_chinese_and_a_reload_keeps_it() {
        page.chooseLanguage("zh-CN");

        assertThat(page.text("#tab-orders")).startsWith("采购订单");
        assertThat(page.text("#tab-asns")).isEqualTo("发货通知 (ASN)");
        assertThat(page.text("#new-asn")).isEqualTo("新建发货通知");
        assertThat(page.text("#asns thead")).contains("发货通知单号").contains("承运商");
        assertThat(page.find("#asns tbody tr[data-asn='" + asnNumber + "']").getText()).contains("已撤回").contains("年").contains("月");

        page.reload();

        assertThat(page.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(page.text("#tab-orders")).startsWith("采购订单");
        assertThat(page.text("#sign-out")).isEqualTo("退出登录");
        page.waitFor(d -> !page.all(orderRow()).isEmpty(), "the orders in Chinese");
        assertThat(page.find(orderRow()).getText()).contains("变更建议待采购方处理");
        page.script("window.languagesAsked = []; const real = window.fetch; window.fetch = (url, init) => {"
                + " if (String(url).startsWith('/partner/')) { window.languagesAsked.push(new Headers((init || {}).headers).get('Accept-Language')); }"
                + " return real(url, init); };");
        new Select(page.find("#orders-status")).selectByValue("COUNTER_PROPOSED");
        page.waitFor(d -> !((List<?>) page.script("return window.languagesAsked")).isEmpty(), "a request for the filtered orders");
        assertThat((List<?>) page.script("return window.languagesAsked")).allMatch(language -> String.valueOf(language).startsWith("zh-CN"));
        page.waitFor(d -> !page.all(orderRow()).isEmpty(), "the order among the counter-proposed");
        page.click(orderRow());
        page.waitUntilShown("#order");
        assertThat(page.text("#order-heading")).isEqualTo("采购订单 " + orderNumber);
        assertThat(page.text("#lines thead")).contains("贵司物料号").contains("要求到货日");
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-order-zh.png");

        page.click("#tab-asns");
        page.waitFor(d -> !page.all("#asns tbody tr[data-asn='" + asnNumber + "']").isEmpty(), "the ASNs in Chinese");
        page.click("#new-asn");
        page.waitUntilShown("#asn-editor");
        page.type("fieldset.unit[data-unit='0'] input.sscc", "12345");
        page.click("#asn-submit");
        page.waitFor(d -> page.find("#asn-message").getAttribute("class").contains("error"), "the refusal in Chinese");
        assertThat(page.text("#asn-message")).contains("请更正标出的字段");
        assertThat(page.text("fieldset.unit[data-unit='0']")).contains("SSCC 应为 18 位数字，现在是 5 位");
        assertThat(page.text("#asn-form")).contains("必填");
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-asn-refused-zh.png");
        page.click("#asn-discard");
        page.screenshot("supplier-asns-zh.png");
        page.assertEveryTextTranslated();
    }

    @Test
    @Order(8)
    void the_scorecard_shows_this_months_deliveries_once_the_dock_received_them() {
        String received = Purchasing.openAsn();
        Purchasing.receivedAtTheDock(received);
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Berlin")).toString();

        page.click("#tab-scorecard");
        page.waitFor(d -> !page.all("#scorecard tbody tr[data-month='" + month + "']").isEmpty(), "this month on the scorecard");

        WebElement thisMonth = page.find("#scorecard tbody tr[data-month='" + month + "']");
        assertThat(thisMonth.getText()).contains("%");
        assertThat(page.all("#scorecard table.scorecard-table tbody tr")).hasSize(6);
        assertThat(page.all("#scorecard canvas")).as("the chart").isNotEmpty();
        page.assertNothingSticksOutSideways();
        page.screenshot("supplier-scorecard-zh.png");
        page.chooseLanguage("en");
        page.waitFor(d -> page.text("#scorecard thead").contains("On time"), "the scorecard in English");
        page.screenshot("supplier-scorecard-en.png");
        page.assertEveryTextTranslated();
    }

    @Test
    @Order(9)
    void a_webhook_endpoint_switched_off_for_failing_is_told_on_top_and_switched_on_again() {
        String id = Purchasing.acme().contentType(ContentType.JSON).body(Purchasing.webhook("/portal")).when().post("/partner/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        String notice = ".webhook-notice[data-id='" + id + "']";
        try {
            // six days of failures in a row, as the dispatcher would have recorded them; the next failure switches it off
            LocalStack.sql(Suite.database("supply"), "update webhook_endpoint set failing_since = now() - interval '6 days' where id = '" + id + "'");
            Purchasing.newOrder(true);
            Eventually.within(Duration.ofSeconds(30), () -> "DISABLED".equals(Purchasing.acme().when().get("/partner/v1/webhooks/{id}", id)
                    .then().extract().path("status")), "the endpoint switched off");

            page.reload();
            page.waitFor(d -> !page.all(notice).isEmpty(), "the notice on top");
            assertThat(page.text(notice)).contains("http://127.0.0.1:9/hooks/portal").contains("no delivery succeeded since");
            page.assertNothingSticksOutSideways();
            page.screenshot("supplier-webhook-off-en.png");

            page.click(notice + " button.enable-webhook");

            page.waitFor(d -> page.all(notice).isEmpty(), "the notice gone");
            assertThat(Purchasing.acme().when().get("/partner/v1/webhooks/{id}", id).then().extract().<String>path("status")).isEqualTo("ACTIVE");
            assertThat(page.text("#message")).contains("is on again");
        } finally {
            Purchasing.acme().when().delete("/partner/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }

    private String orderRow() {
        return "#orders tbody tr[data-order='" + orderNumber + "']";
    }
}
