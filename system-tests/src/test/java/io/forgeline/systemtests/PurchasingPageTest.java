package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The buyer's page in headless Chromium, signed in at Keycloak as buyer: the to-do list with ACME's counter-proposal
 * (accepted: the order becomes CONFIRMED) and a draft (sent), an order written by hand (a missing quantity refused at
 * its input, then created and cancelled), ACME's contacts and item terms, its ASNs, a webhook endpoint's delivery log
 * and a retry, and the page in Chinese, which a reload keeps. The steps build on each other, in order, on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PurchasingPageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Page page;
    private String proposedId;
    private String proposedNumber;
    private String draftNumber;
    private String asnNumber;
    private String webhookId;

    @BeforeAll
    void acmeAnswersOrdersAndTheBuyerSignsIn() {
        // supply learns the item master from scheduling's events: on a fresh suite that may take a moment
        Eventually.within(Duration.ofSeconds(30), () -> Purchasing.buyer().contentType(ContentType.JSON).body(Purchasing.order("1", false))
                .when().post("/api/supply/purchase-orders").then().extract().statusCode() == 201, "the item master in supply");
        proposedId = Purchasing.counterProposed();
        proposedNumber = number(proposedId);
        draftNumber = number(Purchasing.newOrder(false));
        String asnId = Purchasing.openAsn();
        asnNumber = Purchasing.acme().when().get("/partner/v1/asns/{id}", asnId).then().statusCode(200).extract().path("asnNumber");
        webhookId = Purchasing.newWebhook();
        Purchasing.newOrder(true); // a message for the endpoint, which nobody answers
        Purchasing.buyer().contentType(ContentType.JSON).body("""
                        {"name":"ACME Bearings GmbH","country":"DE","contacts":[
                          {"name":"Anna Schmidt","role":"sales","email":"anna.schmidt@acme-bearings.example","phone":"+49 711 555 0101"},
                          {"name":"Wei Zhang","role":"logistics","email":"wei.zhang@acme-bearings.example"}]}""")
                .when().put("/api/supply/suppliers/ACME").then().statusCode(200);
        Purchasing.buyer().contentType(ContentType.JSON).body("{\"supplierItemNumber\":\"AC-6204-2RS\",\"leadTimeDays\":10,\"orderMultiple\":\"10\"}")
                .when().put("/api/supply/suppliers/ACME/items/" + Purchasing.ITEM).then().statusCode(200);
        page = new Page("/purchasing.html");
    }

    private static String number(String orderId) {
        return Purchasing.buyer().when().get("/api/supply/purchase-orders/{id}", orderId).then().statusCode(200).extract().path("number");
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void the_buyer_signs_in_to_a_to_do_list_of_counter_proposals_and_drafts() {
        page.signIn("buyer", "buyer");

        page.waitFor(d -> !page.all(proposalRow()).isEmpty() && !page.all(draftRow()).isEmpty(), "the to-do list");
        String proposal = page.text(proposalRow());
        assertThat(proposal).contains("ACME").contains(Purchasing.ITEM).contains("40 PCE")
                .contains(page.script("return Forgeline.i18n.day(arguments[0])", TODAY.plusDays(40).toString()).toString());
        assertThat(Integer.parseInt(page.text("#todo-count"))).isGreaterThanOrEqualTo(2);
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-todo-en.png");
    }

    @Test
    @Order(2)
    void accepting_the_counter_proposal_confirms_the_order() {
        page.click(proposalRow() + " button.accept");

        page.waitFor(d -> page.all(proposalRow()).isEmpty(), "the proposal off the to-do list");
        assertThat(page.text("#message")).contains("Accepted").contains(proposedNumber).contains("Confirmed");
        JsonPath order = Purchasing.buyer().when().get("/api/supply/purchase-orders/{id}", proposedId).then().statusCode(200).extract().jsonPath();
        assertThat(order.getString("status")).isEqualTo("CONFIRMED");
        assertThat(order.getString("lines[0].deliveries[0].date")).isEqualTo(TODAY.plusDays(40).toString());
    }

    @Test
    @Order(3)
    void sending_a_draft_from_the_to_do_list_opens_it_for_the_supplier() {
        page.click(draftRow() + " button.send");

        page.waitFor(d -> page.all(draftRow()).isEmpty(), "the draft off the to-do list");
        assertThat(page.text("#message")).contains(draftNumber).contains("sent");
    }

    @Test
    @Order(4)
    void the_confirmed_order_shows_its_committed_deliveries_and_revisions() {
        page.click("#tab-orders");
        new Select(page.find("#orders-supplier")).selectByValue("ACME");
        new Select(page.find("#orders-status")).selectByValue("CONFIRMED");
        page.waitFor(d -> !page.all("#orders tbody tr[data-order='" + proposedNumber + "']").isEmpty()
                && page.all("#orders tbody tr").stream().allMatch(r -> "CONFIRMED".equals(r.getAttribute("data-status"))),
                proposedNumber + " among the confirmed orders only");

        page.click("#orders tbody tr[data-order='" + proposedNumber + "']");

        page.waitFor(d -> proposedId.equals(page.find("#order").getAttribute("data-id")), "the order opened");
        WebElement line = page.find("#lines tbody tr[data-line='1']");
        assertThat(line.getAttribute("data-status")).isEqualTo("CONFIRMED");
        assertThat(line.getText()).contains("40 PCE").contains("AC-6204-2RS")
                .contains(page.script("return Forgeline.i18n.day(arguments[0])", TODAY.plusDays(40).toString()).toString());
        assertThat(page.all("#revisions tbody tr")).isNotEmpty();
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-order-en.png");
    }

    @Test
    @Order(5)
    void an_order_written_by_hand_is_refused_without_a_quantity_then_created_and_cancelled() {
        page.click("#new-order");
        page.waitUntilShown("#order-editor");
        new Select(page.find("#new-supplier")).selectByValue("ACME");
        page.type("#new-lines input.item", Purchasing.ITEM);

        page.click("#create-order");

        page.waitFor(d -> page.find("#order-form-message").getAttribute("class").contains("error"), "the refusal");
        WebElement quantity = page.find("#new-lines input.quantity");
        assertThat(quantity.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.find("#" + quantity.getAttribute("aria-describedby")).getText()).isNotBlank();
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-new-order-refused-en.png");

        page.type(quantity, "25");
        page.click("#create-order");

        page.waitFor(d -> page.find("#order").isDisplayed() && "OPEN".equals(page.find("#order").getAttribute("data-status"))
                && !page.find("#order-editor").isDisplayed(), "the new order opened");
        String id = page.find("#order").getAttribute("data-id");
        assertThat(page.text("#lines tbody tr[data-line='1']")).contains(Purchasing.ITEM).contains("25 PCE");

        page.click("#order-actions button.cancel");
        page.type("#cancel-reason", "ordered twice");
        page.click("#order-actions button.confirm-cancel");

        page.waitFor(d -> "CANCELLED".equals(page.find("#order").getAttribute("data-status")), "the order cancelled");
        assertThat(Purchasing.buyer().when().get("/api/supply/purchase-orders/{id}", id).then().statusCode(200).extract().<String>path("status"))
                .isEqualTo("CANCELLED");
    }

    @Test
    @Order(6)
    void a_supplier_shows_its_contacts_and_the_terms_of_its_items() {
        page.click("#tab-suppliers");
        page.waitFor(d -> !page.all("#suppliers tbody tr[data-supplier='ACME']").isEmpty(), "ACME in the directory");

        page.click("#suppliers tbody tr[data-supplier='ACME']");

        page.waitFor(d -> "ACME".equals(page.find("#supplier").getAttribute("data-supplier")), "ACME opened");
        assertThat(page.text("#contacts")).contains("Anna Schmidt").contains("anna.schmidt@acme-bearings.example").contains("Wei Zhang");
        assertThat(page.text("#terms tbody tr[data-item='" + Purchasing.ITEM + "']")).contains("AC-6204-2RS").contains("10 days").contains("10%");
        page.screenshot("purchasing-supplier-en.png");
    }

    @Test
    @Order(7)
    void every_suppliers_shipping_notices_are_listed() {
        page.click("#tab-asns");

        page.waitFor(d -> !page.all("#asns tbody tr[data-asn='" + asnNumber + "']").isEmpty(), asnNumber + " in the list");
        assertThat(page.text("#asns tbody tr[data-asn='" + asnNumber + "']")).contains("ACME").contains("On its way").contains("10 PCE");
    }

    @Test
    @Order(8)
    void a_webhook_endpoints_log_shows_each_attempt_and_a_retry_tries_again_at_once() {
        page.click("#tab-webhooks");
        new Select(page.find("#webhooks-supplier")).selectByValue("ACME");
        page.waitFor(d -> !page.all(endpointRow()).isEmpty()
                && page.all("#webhooks tbody tr").stream().allMatch(r -> "ACME".equals(r.getAttribute("data-supplier"))), "ACME's endpoints");

        page.click(endpointRow() + " button.log");

        page.waitUntilShown("#deliveries-panel");
        page.waitFor(Duration.ofSeconds(20), d -> {
            page.click("#deliveries-refresh");
            return page.all("#deliveries tbody tr").stream().anyMatch(r -> Integer.parseInt(r.getAttribute("data-attempts")) >= 1);
        }, "a first attempt in the log");
        WebElement tried = page.all("#deliveries tbody tr").stream().filter(r -> Integer.parseInt(r.getAttribute("data-attempts")) >= 1)
                .findFirst().orElseThrow();
        String id = tried.getAttribute("data-id");
        int before = Integer.parseInt(tried.getAttribute("data-attempts"));
        assertThat(tried.getText()).contains("no answer").contains(" ms").contains("Purchase order sent");
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-webhooks-en.png");

        page.click("#deliveries tbody tr[data-id='" + id + "'] button.replay");

        page.waitFor(Duration.ofSeconds(20), d -> {
            page.click("#deliveries-refresh");
            return Integer.parseInt(page.find("#deliveries tbody tr[data-id='" + id + "']").getAttribute("data-attempts")) > before;
        }, "another attempt at once, not after the retry delay");
    }

    @Test
    @Order(9)
    void in_chinese_the_page_speaks_chinese_and_a_reload_keeps_it() {
        page.chooseLanguage("zh-CN");

        assertThat(page.text("#tab-todo")).startsWith("待办");
        assertThat(page.text("#tab-orders")).isEqualTo("采购订单");
        assertThat(page.text("#deliveries thead")).contains("尝试记录");
        assertThat(page.text("#deliveries tbody")).contains("无响应").contains("毫秒").contains("采购订单已发出");

        page.reload();

        assertThat(page.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(page.text("#tab-suppliers")).isEqualTo("供应商");
        page.waitFor(d -> !page.all("#drafts tbody tr, #drafts-empty").isEmpty(), "the to-do list in Chinese");
        assertThat(page.text(".panel h2")).isEqualTo("等待您决定的变更建议");
        page.screenshot("purchasing-todo-zh.png");
        page.click("#tab-orders");
        page.waitFor(d -> !page.all("#orders tbody tr[data-order='" + proposedNumber + "']").isEmpty(), "the orders in Chinese");
        page.click("#orders tbody tr[data-order='" + proposedNumber + "']");
        page.waitFor(d -> proposedId.equals(page.find("#order").getAttribute("data-id")), "the order opened");
        assertThat(page.text("#order-status")).isEqualTo("已确认");
        assertThat(page.text("#order-heading")).isEqualTo("采购订单 " + proposedNumber);
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-order-zh.png");
        page.click("#tab-webhooks");
        page.waitFor(d -> !page.all(endpointRow()).isEmpty(), "the endpoints in Chinese");
        page.click(endpointRow() + " button.log");
        page.waitFor(d -> !page.all("#deliveries tbody tr").isEmpty(), "the log in Chinese");
        page.screenshot("purchasing-webhooks-zh.png");
        page.assertEveryTextTranslated();
    }

    @Test
    @Order(10)
    void the_scorecards_compare_every_supplier_month_by_month() {
        page.click("#tab-scorecards");
        page.waitFor(d -> !page.all("#scorecards section[data-supplier='ACME'] tbody tr").isEmpty(), "ACME's scorecard");

        assertThat(page.all("#scorecards section[data-supplier='ACME'] table.scorecard-table tbody tr")).hasSize(6);
        assertThat(page.all("#scorecards section[data-supplier='GLOBEX']")).hasSize(1);
        assertThat(page.text("#scorecards section[data-supplier='ACME'] thead")).contains("准时交货率");
        page.assertNothingSticksOutSideways();
        page.screenshot("purchasing-scorecards-zh.png");
        page.assertEveryTextTranslated();
    }

    private String proposalRow() {
        return "#proposals tbody tr[data-order='" + proposedNumber + "'][data-line='1']";
    }

    private String draftRow() {
        return "#drafts tbody tr[data-order='" + draftNumber + "']";
    }

    private String endpointRow() {
        return "#webhooks tbody tr[data-id='" + webhookId + "']";
    }
}
