package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
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
 * The clerk's Ship tab on a 360 × 640 handheld, signed in at Keycloak as clerk: the ERP sends two outbound deliveries
 * (through the API), the first one's pick is confirmed (the Pick tab is walked in WarehousePickCountPageTest); the
 * clerk opens it, packs what is picked into a new SSCC unit and ships it; the second, not picked yet, can be neither
 * packed nor shipped (the page says why, and so would the service). In Chinese too. Items of its own: the demo's stock
 * belongs to other tests' figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseShipPageTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String item = "SHIPIT-" + run;
    private Page page;
    private JsonPath picked;
    private JsonPath waiting;

    @BeforeAll
    void twoDeliveriesTheFirstPicked() {
        as("admin").contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("itemCode", item, "lot", "SL-" + run, "location", "A-01-04",
                        "quantity", "20", "unit", "PCE", "status", "AVAILABLE", "expiresOn", "2031-03-31"))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        picked = delivery("5");
        waiting = delivery("3");
        Map<String, Object> pick = picked.getMap("picks[0]");
        as("clerk").contentType(ContentType.JSON).body(Map.of("from", pick.get("fromBin"), "quantity", "5"))
                .when().post("/api/warehouse/pick-tasks/{id}/confirmation", pick.get("id")).then().statusCode(200);
        page = new Page("/warehouse.html", 360, 640);
    }

    private JsonPath delivery(String quantity) {
        return as("clerk").contentType(ContentType.JSON).body(Map.of("customerCode", "C-" + run, "customerName", "Muster Antriebe GmbH",
                        "customerReference", "SO-" + run, "shipOn", LocalDate.now().plusDays(1).toString(),
                        "lines", List.of(Map.of("itemCode", item, "quantity", quantity, "unit", "PCE"))))
                .when().post("/api/warehouse/deliveries").then().statusCode(201).extract().jsonPath();
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private String row(JsonPath delivery) {
        return "#deliveries li[data-number='" + delivery.getString("number") + "'] button";
    }

    @Test
    @Order(1)
    void the_open_deliveries_are_listed_with_what_is_left_to_pick() {
        page.signIn("clerk", "clerk");
        page.click("#tab-ship");

        page.waitFor(d -> !page.all(row(waiting)).isEmpty(), "the deliveries listed");
        assertThat(page.text(row(picked))).contains(picked.getString("number")).contains("Muster Antriebe GmbH").contains("lines: 1")
                .contains("all picked");
        assertThat(page.text(row(waiting))).contains("1 to pick");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-deliveries-en.png");
    }

    @Test
    @Order(2)
    void a_delivery_not_picked_yet_cannot_be_packed_nor_shipped() {
        page.click(row(waiting));
        page.waitFor(d -> waiting.getString("number").equals(page.find("#delivery").getAttribute("data-number")), "the delivery opened");
        assertThat(page.text("#delivery")).contains("picked 0 PCE of 3 PCE").contains("Picks still open: 1. Pick them in the Pick tab, then pack.");
        assertThat(page.find("#pack").isEnabled()).as("nothing picked, nothing to pack").isFalse();
        assertThat(page.find("#ship").isEnabled()).as("nothing packed, nothing to ship").isFalse();
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-delivery-not-picked-en.png");

        // the service says the same to a handheld that still shows an old state
        as("clerk").contentType(ContentType.JSON).body("{}").when().post("/api/warehouse/deliveries/{id}/packages", waiting.getString("id"))
                .then().statusCode(422).body("detail", equalTo("nothing picked for " + waiting.getString("number")
                        + " waits to be packed"));
        page.click("#back-to-deliveries");
    }

    @Test
    @Order(3)
    void picked_goods_are_packed_into_a_new_sscc_unit_and_shipped() {
        page.waitFor(d -> !page.all(row(picked)).isEmpty(), "the deliveries again");
        page.click(row(picked));
        page.waitFor(d -> picked.getString("number").equals(page.find("#delivery").getAttribute("data-number")), "the delivery opened");
        assertThat(page.text("#delivery")).contains("picked 5 PCE of 5 PCE").contains("Nothing is packed yet.");

        page.click("#pack");

        page.waitFor(d -> !page.all("#delivery li[data-sscc]").isEmpty(), "the unit packed");
        String sscc = page.find("#delivery li[data-sscc]").getAttribute("data-sscc");
        assertThat(sscc).startsWith("04012345").hasSize(18);
        assertThat(page.text("#ship-message")).contains("Packed into SSCC " + sscc);
        assertThat(page.text("#delivery li[data-sscc]")).contains(item).contains("SL-" + run).contains("5 PCE");
        page.click("#palletise");

        page.waitFor(d -> !page.all("#delivery p.pallet").isEmpty(), "the package on a pallet");
        String pallet = page.find("#delivery p.pallet").getAttribute("data-sscc");
        assertThat(pallet).startsWith("04012345").isNotEqualTo(sscc);
        assertThat(page.text("#ship-message")).contains("Packages on pallet SSCC " + pallet + ": 1.");
        assertThat(page.text("#delivery li[data-sscc]")).contains("on pallet " + pallet);
        assertThat(page.all("#palletise")).as("nothing left to put on a pallet").isEmpty();
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-delivery-packed-en.png");

        page.click("#ship");

        page.waitFor(d -> "SHIPPED".equals(page.find("#delivery").getAttribute("data-status")), "the delivery shipped");
        assertThat(page.text("#ship-message")).contains(picked.getString("number") + " is shipped to Muster Antriebe GmbH (C-" + run + ")");
        assertThat(page.text("#shipped-by")).contains("clerk");
        assertThat(page.find("#desadv").isDisplayed()).isTrue();
        assertThat(as("clerk").when().get("/api/warehouse/deliveries/{id}/desadv", picked.getString("id")).then().statusCode(200)
                .extract().asString()).contains("GIN+BJ+" + sscc);
        assertThat(as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().extract().jsonPath()
                .<String>getList("lots.location")).as("shipped goods left the stock").doesNotContain("SHIP-01");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-delivery-shipped-en.png");
    }

    @Test
    @Order(4)
    void in_chinese_the_ship_tab_speaks_chinese() {
        page.chooseLanguage("zh-CN");
        assertThat(page.text("#tab-ship")).isEqualTo("发货");
        page.click("#back-to-deliveries");
        page.waitFor(d -> !page.all(row(waiting)).isEmpty(), "the deliveries in Chinese");
        page.click(row(waiting));
        page.waitFor(d -> waiting.getString("number").equals(page.find("#delivery").getAttribute("data-number")), "the delivery opened");
        assertThat(page.text("#delivery")).contains("还有 1 项拣货未完成");
        page.assertFitsTheHandheld();
        page.screenshot("warehouse-delivery-zh.png");
        page.assertEveryTextTranslated();
    }
}
