package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

/**
 * The inspector's handheld in headless Chromium on a 360 × 640 screen, signed in at Keycloak as inspector: a pallet of
 * ACME bearings received at the dock opened its incoming inspection lot; the inspector scans the pallet's GS1-128
 * label, reads how many units to draw, records the noise count, types the measured diameters the way a digital gauge
 * sends them (value, Enter; a value beyond the sample is not taken), and the last unit decides the lot, which the
 * warehouse then releases; the decided lot is listed; the page works in Chinese. The steps build on each other, in
 * order, on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QualityPageTest {

    private Page page;
    private String pallet;
    private String lotNumber;
    private List<Map<String, Object>> characteristics;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void aPalletArrivesAndTheInspectorSignsIn() {
        pallet = Purchasing.receivedHandlingUnit();
        Eventually.within(Eventually.EVENT_APPLIED, () -> !lots().isEmpty(), "the inspection lot of pallet " + pallet);
        Map<String, Object> lot = lots().get(0);
        lotNumber = (String) lot.get("number");
        characteristics = (List<Map<String, Object>>) lot.get("characteristics");
        page = new Page("/quality.html", 360, 640);
    }

    private List<Map<String, Object>> lots() {
        return Plant.as("inspector").queryParam("scan", pallet).when().get("/api/quality/inspection-lots").then().statusCode(200)
                .extract().jsonPath().getList("lots");
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private int units(String code) {
        return characteristics.stream().filter(c -> code.equals(c.get("code"))).map(c -> (Integer) c.get("inspectQuantity")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void the_inspector_scans_the_pallet_and_reads_the_sample_to_draw() {
        page.signIn("inspector", "inspector");
        assertThat(page.script("return document.activeElement.id")).as("ready for the first scan").isEqualTo("lot-scan");

        page.scan("]C100" + pallet);

        page.waitFor(d -> lotNumber.equals(page.find("#lot").getAttribute("data-number")), "lot " + lotNumber + " open");
        assertThat(page.text("#lot")).contains("BEARING-6204").contains("from ACME").contains("10 PCE")
                .contains("Draw " + units("NOISE") + " units").contains("BORE").contains("NOISE").contains("minor");
        page.assertFitsTheHandheld();
        page.screenshot("quality-lot-en.png");
    }

    @Test
    @Order(2)
    void the_noise_count_is_recorded() {
        page.click("#lot li[data-code='NOISE'] button");
        page.waitUntilShown("#nonconforming");
        page.type("#nonconforming", "0");
        page.assertFitsTheHandheld();
        page.screenshot("quality-judge-en.png");
        page.click("#record-send");

        page.waitFor(d -> page.text("#lot li[data-code='NOISE']").contains("accepted"), "noise accepted");
        assertThat(page.text("#inspect-message")).contains("NOISE recorded");
    }

    @Test
    @Order(3)
    void the_diameters_are_typed_as_a_digital_gauge_sends_them_and_stop_at_the_sample() {
        page.click("#lot li[data-code='BORE'] button");
        page.waitUntilShown("#measured");
        for (int i = 0; i < units("BORE"); i++) {
            int listed = i;
            // each value redraws the list and a fresh input, which has the focus again
            page.find("#measured").sendKeys("19.995", Keys.ENTER);
            page.waitFor(d -> page.all("#record .measured-values li").size() == listed + 1, "value " + (listed + 1) + " listed");
        }
        page.waitFor(d -> page.all("#record .measured-values li").size() == units("BORE"), "every unit's value listed");
        // a value more than the sample takes is not listed: the list stops at the sample
        page.find("#measured").sendKeys("19.996", Keys.ENTER);
        assertThat(page.all("#record .measured-values li")).hasSize(units("BORE"));
        page.assertFitsTheHandheld();
        page.screenshot("quality-measure-en.png");
        page.click("#record-send");
        page.waitFor(d -> page.text("#lot li[data-code='BORE']").contains("accepted"), "bore accepted");
    }

    @Test
    @Order(4)
    void the_last_unit_decides_the_lot_and_the_warehouse_releases_the_pallet() {
        page.click("#lot li[data-code='OD'] button");
        page.waitUntilShown("#measured");
        for (int i = 0; i < units("OD"); i++) {
            int listed = i;
            page.find("#measured").sendKeys("46.995", Keys.ENTER);
            page.waitFor(d -> page.all("#record .measured-values li").size() == listed + 1, "value " + (listed + 1) + " listed");
        }
        page.click("#record-send");

        page.waitFor(d -> "DECIDED".equals(page.find("#lot").getAttribute("data-status")), "the lot decided");
        assertThat(page.text("#decision")).contains("Accepted").contains("decided by Ac/Re").contains("release: 10 PCE");
        assertThat(page.text("#inspect-message")).contains(lotNumber + ": Accepted");
        page.assertFitsTheHandheld();
        page.screenshot("quality-decided-en.png");
        Eventually.within(Eventually.EVENT_APPLIED, () -> "AVAILABLE".equals(Plant.as("clerk").queryParam("itemCode", Purchasing.ITEM)
                .when().get("/api/warehouse/stock").then().extract().jsonPath()
                .getString("lots.find { it.handlingUnit == '" + pallet + "' }.status")), "pallet " + pallet + " released");
    }

    @Test
    @Order(5)
    void a_scan_of_nothing_open_says_so() {
        page.click("#tab-inspect");
        page.scan("]C100" + pallet);
        page.waitFor(d -> page.text("#inspect-message").contains("No open inspection lot"), "nothing open for the pallet");
    }

    @Test
    @Order(6)
    void the_decided_lot_is_listed_and_the_page_speaks_chinese() {
        page.click("#tab-decided");
        page.waitFor(d -> !page.all("#decided button[data-lot='" + lotNumber + "']").isEmpty(), lotNumber + " among the decided");
        page.chooseLanguage("zh-CN");
        page.waitFor(d -> page.text("#tab-decided").equals("已判定"), "the tabs in Chinese");
        assertThat(page.text("#decided button[data-lot='" + lotNumber + "']")).contains("接收");
        page.assertFitsTheHandheld();
        page.assertEveryTextTranslated();
        page.screenshot("quality-decided-zh.png");
        page.chooseLanguage("en");
    }
}
