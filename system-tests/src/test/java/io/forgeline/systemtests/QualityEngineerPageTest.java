package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

/**
 * The quality engineer's desk on quality.html in headless Chromium at 1366 × 768, signed in at Keycloak as quality:
 * inspectors measured the bore of two lots of bearings (26 values, one far beyond the limits) and the runout of a
 * supplier's own lot (3 values); the engineer reads the bore's individuals chart (points, center line, control and
 * specification limits, the flagged point: checked on the canvas's pixels) and its capability histogram, is refused
 * freezing the runout's limits on three points and freezes the bore's; works a customer's complaint on the NCR board
 * (a disposition too big refused at its quantity, one decided, D1 written, closure refused naming the 8D); holds a
 * lot and lifts it (a lift without a reason refused at the reason); signs the usage decision of a pallet received at
 * the dock by hand in the inspector's view (a wrong password refused at the password), which warehouse then releases;
 * and reads the desk in Chinese. The steps build on each other, in
 * order, on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QualityEngineerPageTest {

    private static final String ITEM = "BEARING-6204";
    /** Two lots' bore samples (13 each, S-3 of a lot of 1000): a steady process around 19.995 mm, one bearing bored 20.020 mm. */
    private static final double[] FIRST = {19.993, 19.996, 19.994, 19.997, 19.995, 19.994, 19.996, 19.993, 19.995, 19.997, 19.994, 19.996, 19.995};
    private static final double[] SECOND = {19.994, 19.996, 19.995, 19.993, 19.997, 19.995, 20.020, 19.994, 19.996, 19.995, 19.993, 19.996, 19.994};
    private static final double OUTLIER = 20.020;

    private final String suffix = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);
    private final String supplier = "QE" + suffix;
    private final String runoutSupplier = "QR" + suffix;
    private Page page;
    private String pallet;
    private String palletLotNumber;
    private String ncrId;
    private String ncrNumber;
    private String heldLot;

    @BeforeAll
    void inspectorsMeasureAndACustomerComplains() {
        // quality learns the item master from scheduling's events: on a fresh suite that may take a moment
        Eventually.within(Eventually.EVENT_APPLIED, () -> openLot(supplier, "QE-" + suffix + "-1", 1000).statusCode() == 201,
                "an inspection lot of " + ITEM);
        record((String) lotsOf(supplier).get(0).get("id"), "BORE", FIRST);
        Response second = openLot(supplier, "QE-" + suffix + "-2", 1000);
        assertThat(second.statusCode()).as("the second lot: %s", second.asString()).isEqualTo(201);
        record(second.path("id"), "BORE", SECOND);

        // a supplier's own plan measures the runout on three bearings: too few points for a baseline (its burr is never
        // judged, so the lot, which has no stock behind it, stays open and no usage decision goes to warehouse)
        Plant.as("quality").contentType(ContentType.JSON).body("""
                {"itemCode":"%s","inspectionType":"INCOMING","supplierCode":"%s","aql":"1.0","inspectionLevel":"II",
                 "characteristics":[{"code":"RUNOUT","description":"Radial runout","kind":"VARIABLE","upperLimit":"0.015","unit":"mm",
                   "defectClass":"MAJOR","sampling":"FIXED","fixedSample":3},
                  {"code":"BURR","description":"Burr on the edge","defectClass":"MINOR"}]}""".formatted(ITEM, runoutSupplier))
                .when().put("/api/quality/inspection-plans/IP-QE-" + suffix).then().statusCode(201);
        Response runout = openLot(runoutSupplier, "QR-" + suffix, 50);
        assertThat(runout.statusCode()).as("the runout lot: %s", runout.asString()).isEqualTo(201);
        record(runout.path("id"), "RUNOUT", new double[] {0.006, 0.008, 0.007});

        Response ncr = Plant.as("quality").contentType(ContentType.JSON).body("""
                {"source":"CUSTOMER_COMPLAINT","itemCode":"%s","lot":"CC-%s","quantity":"10","unit":"PCE","supplierCode":"ACME",
                 "defectCodes":["BORE-OVERSIZE"],"description":"Customer reports bearings that do not fit the shaft: bore 20.02 mm"}"""
                .formatted(ITEM, suffix)).when().post("/api/quality/nonconformances");
        assertThat(ncr.statusCode()).as("the NCR: %s", ncr.asString()).isEqualTo(201);
        ncrId = ncr.path("summary.id");
        ncrNumber = ncr.path("summary.number");
        heldLot = "H-" + suffix;

        // a pallet of ACME bearings received at the dock: its lot is the one the engineer decides by hand
        pallet = Purchasing.receivedHandlingUnit();
        Eventually.within(Eventually.EVENT_APPLIED, () -> !palletLots().isEmpty(), "the inspection lot of pallet " + pallet);
        palletLotNumber = (String) palletLots().get(0).get("number");
        page = new Page("/quality.html");
    }

    private List<Map<String, Object>> palletLots() {
        return Plant.as("inspector").queryParam("scan", pallet).when().get("/api/quality/inspection-lots").then().statusCode(200)
                .extract().jsonPath().getList("lots");
    }

    private Response openLot(String supplierCode, String lot, int size) {
        return Plant.as("inspector").contentType(ContentType.JSON).body("""
                {"itemCode":"%s","supplierCode":"%s","lot":"%s","lotSize":%d,"type":"INCOMING","unit":"PCE"}"""
                .formatted(ITEM, supplierCode, lot, size)).when().post("/api/quality/inspection-lots");
    }

    private List<Map<String, Object>> lotsOf(String supplierCode) {
        return Plant.as("inspector").queryParam("status", "OPEN").queryParam("itemCode", ITEM).when().get("/api/quality/inspection-lots")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("lots").stream()
                .filter(lot -> supplierCode.equals(lot.get("supplierCode"))).toList();
    }

    private static void record(String lotId, String characteristic, double[] values) {
        String list = DoubleStream.of(values).mapToObj(v -> String.format(Locale.ROOT, "\"%.3f\"", v)).collect(Collectors.joining(","));
        Plant.as("inspector").contentType(ContentType.JSON).body("{\"characteristic\":\"" + characteristic + "\",\"values\":[" + list + "]}")
                .when().post("/api/quality/inspection-lots/{id}/results", lotId).then().statusCode(201);
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void the_bore_chart_draws_its_points_limits_and_the_point_beyond_them() {
        page.signIn("quality", "quality");
        assertThat(page.script("return document.body.className")).as("the desk's layout, not the handheld's").isEqualTo("desk");
        page.click("#tab-spc");

        Map<String, Object> chart = Plant.as("quality").queryParam("itemCode", ITEM).queryParam("characteristic", "BORE")
                .when().get("/api/quality/spc/charts").then().statusCode(200).extract().as(Map.class);
        int points = ((List<?>) chart.get("points")).size();
        assertThat(points).isGreaterThanOrEqualTo(FIRST.length + SECOND.length);
        page.waitFor(d -> Long.valueOf(points).equals(page.script("const u = Forgeline.qualityDesk.plots.individuals;"
                + " return u ? u.data[1].length : -1")), "the individuals chart with its " + points + " points");

        Map<String, Object> drawn = (Map<String, Object>) page.script(CANVAS, OUTLIER, ((Number) chart.get("ucl")).doubleValue(),
                ((Number) chart.get("lcl")).doubleValue());
        assertThat(((Number) drawn.get("points")).longValue()).as("pixels of the points' colour").isGreaterThan(200);
        assertThat(((Number) drawn.get("limitPixels")).longValue()).as("pixels of the limits' colour").isGreaterThan(200);
        assertThat(((Number) drawn.get("ucl")).doubleValue()).as("share of the plot's width the UCL line covers").isGreaterThan(0.4);
        assertThat(((Number) drawn.get("lcl")).doubleValue()).as("share of the plot's width the LCL line covers").isGreaterThan(0.4);
        assertThat(((Number) drawn.get("spec")).longValue()).as("pixels of the specification limits' colour").isGreaterThan(100);
        assertThat((Boolean) drawn.get("flagged")).as("the point beyond the limits marked").isTrue();
        assertThat(page.text("#spc-violations")).contains("20.020").contains("Rule 1").contains("one point beyond 3 sigma");

        // the capability histogram: every value in a bin, the specification limits drawn, the indices figured
        assertThat(page.script("const u = Forgeline.qualityDesk.plots.histogram; return u.data[1].reduce((s, n) => s + n, 0)"))
                .isEqualTo((long) points);
        assertThat(((Number) page.script(COLOUR_COUNT, "histogram", "spec")).longValue()).as("LSL and USL on the histogram").isGreaterThan(100);
        for (String figure : List.of("cp", "cpk", "pp", "ppk")) {
            assertThat(page.text("#spc-capability [data-figure='" + figure + "'] dd")).as(figure).matches("\\d+\\.\\d\\d");
        }
        assertThat(page.text("#spc-spec")).contains("LSL 19.990").contains("USL 20.000");
        page.assertNothingSticksOutSideways();
        page.assertEveryTextTranslated();
        page.screenshot("quality-engineer-spc-en.png");
    }

    @Test
    @Order(2)
    void freezing_limits_on_three_points_is_refused_at_the_characteristic() {
        new Select(page.find("#spc-characteristic")).selectByValue("RUNOUT");
        page.waitFor(d -> Long.valueOf(3).equals(page.script("const u = Forgeline.qualityDesk.plots.individuals; return u ? u.data[1].length : -1")),
                "the runout's chart of three points");
        assertThat(page.text("#spc-spec")).contains("USL 0.015");

        page.click("#spc-freeze");

        page.waitFor(d -> "true".equals(page.find("#spc-characteristic").getAttribute("aria-invalid")), "the refusal at the characteristic");
        assertThat(page.text("#spc-pick .field-error")).contains("at least 20 measurements of RUNOUT").contains("has 3");
        assertThat(page.text("#spc-message")).contains("Refused by a business rule").contains("RUNOUT were not frozen");
    }

    @Test
    @Order(3)
    void the_bore_limits_are_frozen_as_the_baseline() {
        new Select(page.find("#spc-characteristic")).selectByValue("BORE");
        page.waitFor(d -> page.text("#spc-title").startsWith("BORE"), "the bore's chart again");
        page.waitFor(d -> page.all("#spc-pick [aria-invalid]").isEmpty(), "the refusal gone");

        page.click("#spc-freeze");

        page.waitFor(d -> page.text("#spc-message").contains("The limits of BORE are frozen"), "the baseline frozen");
        assertThat(page.text("#spc-message")).contains("quality");
    }

    @Test
    @Order(4)
    void a_disposition_bigger_than_the_ncr_is_refused_at_its_quantity_and_a_fitting_one_is_decided() {
        page.click("#tab-ncrs");
        String row = "#ncr-board tr[data-ncr='" + ncrNumber + "']";
        page.waitFor(d -> !page.all(row).isEmpty(), ncrNumber + " on the board");
        assertThat(page.text(row)).contains(ITEM).contains("CC-" + suffix).contains("10 PCE").contains("ACME").contains("BORE-OVERSIZE")
                .contains("customer complaint");
        page.click(row + " button.link");
        page.waitFor(d -> ncrNumber.equals(page.find("#ncr").getAttribute("data-number")), ncrNumber + " open");
        assertThat(page.all("#ncr-8d li")).hasSize(8);

        new Select(page.find("#disp-action")).selectByValue("REWORK");
        page.type("#disp-quantity", "999");
        page.type("#disp-reason", "sort and rebore");
        page.click("#disp-send");
        page.waitFor(d -> "true".equals(page.find("#disp-quantity").getAttribute("aria-invalid")), "the refusal at the quantity");
        assertThat(page.text("#disposition-form .field-error")).contains("Only 10 PCE of " + ncrNumber + " await a disposition");

        page.type("#disp-quantity", "4");
        page.click("#disp-send");
        page.waitFor(d -> page.text("#ncr-awaiting").equals("6 PCE"), "6 PCE still awaiting");
        assertThat(page.text("#ncr-disposition-list")).contains("rework").contains("4 PCE").contains("sort and rebore");
        assertThat(page.all("#disp-quantity[aria-invalid]")).isEmpty();
    }

    @Test
    @Order(5)
    void d1_is_written_and_closure_is_refused_naming_the_8d() {
        page.click("#d8-1 button.write");
        page.waitUntilShown("#d-owner");
        page.type("#d-owner", "Li Wei");
        page.set(page.find("#d-due"), LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        page.type("#d-content", "Li Wei (quality), Anna Schmidt (ACME), Tom Berger (assembly)");
        page.click("#d-done");
        page.click("#d-save");
        page.waitFor(d -> "true".equals(page.find("#d8-1").getAttribute("data-done")), "D1 done");
        assertThat(page.text("#d8-1")).contains("Team").contains("Li Wei").contains("Anna Schmidt").contains("done");

        page.click("#ncr-close");

        page.waitFor(d -> "true".equals(page.find("#ncr-8d").getAttribute("aria-invalid")), "the refusal at the 8D");
        assertThat(page.text("#ncr-8d .field-error")).contains("The 8D is not done: D2, D3, D4, D5, D6, D7");
        assertThat(page.text("#ncr-dispositions .field-error")).contains("6 PCE still await a disposition");
        assertThat(page.text("#ncr-message")).contains("cannot be closed yet");
        page.assertNothingSticksOutSideways();
        page.screenshot("quality-engineer-ncr-en.png");
        assertThat(Plant.as("quality").when().get("/api/quality/nonconformances/{id}", ncrId).then().statusCode(200)
                .extract().path("summary.status").toString()).isEqualTo("OPEN");
    }

    @Test
    @Order(6)
    void a_lot_is_held_and_lifted_with_its_reason() {
        page.click("#tab-holds");
        page.type("#hold-item", ITEM);
        page.type("#hold-lot", heldLot);
        page.type("#hold-supplier", "ACME");
        page.type("#hold-reason", "Bore oversize reported by a customer: " + ncrNumber);
        page.click("#hold-send");

        String row = "#holds tr[data-status='ON']";
        page.waitFor(d -> page.all(row).stream().anyMatch(r -> r.getText().contains(heldLot)), "the hold listed");
        assertThat(page.text("#hold-message")).contains("holds lot " + heldLot + " of " + ITEM + " from ACME");
        String number = page.all(row).stream().filter(r -> r.getText().contains(heldLot)).findFirst().orElseThrow().getAttribute("data-hold");
        page.click("#holds tr[data-hold='" + number + "'] button.lift");
        page.waitUntilShown("#lift-reason");
        page.click("#lift-send");
        page.waitFor(d -> "true".equals(page.find("#lift-reason").getAttribute("aria-invalid")), "a lift without a reason refused at it");
        assertThat(page.text("#lift-form .field-error")).contains("Say what cleared the suspicion");
        page.assertNothingSticksOutSideways();
        page.screenshot("quality-engineer-holds-en.png");

        page.type("#lift-reason", "Sorted: every bearing of the lot measured within the bore's tolerance");
        page.click("#lift-send");
        page.waitFor(d -> page.all("#holds tr[data-hold='" + number + "']").isEmpty(), number + " off the list of holds on");
        assertThat(page.text("#holds-message")).contains(number + " lifted");
        assertThat(Plant.as("quality").queryParam("status", "LIFTED").when().get("/api/quality/holds").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.number == '" + number + "' }.liftReason").toString()).contains("Sorted");
    }

    @Test
    @Order(7)
    void the_engineer_signs_a_usage_decision_and_a_wrong_password_is_refused_at_it() {
        page.click("#tab-inspect");
        page.scan("]C100" + pallet);
        page.waitFor(d -> palletLotNumber.equals(page.find("#lot").getAttribute("data-number")), palletLotNumber + " open");
        page.waitUntilShown("#sign-password");
        page.type("#sign-password", "not-my-password");
        page.click("#decide-send");

        page.waitFor(d -> "true".equals(page.find("#sign-password").getAttribute("aria-invalid")), "the wrong password refused at it");
        assertThat(page.text("#decide .field-error")).contains("This is not the password of quality");
        assertThat(page.find("#sign-password").getAttribute("value")).isEmpty();
        page.assertNothingSticksOutSideways();
        page.screenshot("quality-engineer-sign-en.png");

        page.type("#sign-password", "quality");
        page.click("#decide-send");
        page.waitFor(d -> "DECIDED".equals(page.find("#lot").getAttribute("data-status")), palletLotNumber + " decided");
        assertThat(page.text("#decision")).contains("Accepted").contains("decided by quality").contains("release: 10 PCE");
        Eventually.within(Eventually.EVENT_APPLIED, () -> "AVAILABLE".equals(Plant.as("clerk").queryParam("itemCode", ITEM)
                .when().get("/api/warehouse/stock").then().extract().jsonPath()
                .getString("lots.find { it.handlingUnit == '" + pallet + "' }.status")), "pallet " + pallet + " released");
    }

    @Test
    @Order(8)
    void the_desk_speaks_chinese() {
        page.chooseLanguage("zh-CN");
        page.click("#tab-spc");
        page.waitFor(d -> page.text("#tab-spc").equals("控制图"), "the tabs in Chinese");
        page.waitFor(d -> page.text("#spc-title").contains("单值控制图"), "the chart's title in Chinese");
        page.waitFor(d -> Boolean.TRUE.equals(page.script("return !!Forgeline.qualityDesk.plots.individuals")), "the chart drawn again");
        assertThat(page.text("#spc-violations")).contains("规则 1");
        page.assertNothingSticksOutSideways();
        page.assertEveryTextTranslated();
        page.screenshot("quality-engineer-spc-zh.png");

        page.click("#tab-ncrs");
        page.waitFor(d -> ncrNumber.equals(page.find("#ncr").getAttribute("data-number")), ncrNumber + " still open");
        page.waitFor(d -> page.text("#ncr-8d").contains("成立小组"), "the 8D in Chinese");
        assertThat(page.text("#ncr")).contains("客户投诉").contains("返工");
        page.assertNothingSticksOutSideways();
        page.assertEveryTextTranslated();
        page.screenshot("quality-engineer-ncr-zh.png");

        page.click("#tab-holds");
        page.waitFor(d -> page.text("#tab-holds").startsWith("质量冻结"), "the holds in Chinese");
        page.assertEveryTextTranslated();
        page.screenshot("quality-engineer-holds-zh.png");
        page.chooseLanguage("en");
    }

    /**
     * What the individuals chart's canvas shows: pixels of the points' and of the limits' colour, how much of the
     * plot's width the UCL and LCL lines cover at their heights, the specification limits' pixels, and whether the
     * outlier's marker sits where the outlier is. Arguments: the outlier's value, the UCL, the LCL.
     */
    private static final String CANVAS = """
            const desk = Forgeline.qualityDesk, u = desk.plots.individuals;
            const rgb = hex => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
            const near = (d, i, c) => Math.abs(d[i] - c[0]) < 12 && Math.abs(d[i + 1] - c[1]) < 12 && Math.abs(d[i + 2] - c[2]) < 12 && d[i + 3] > 200;
            const canvas = u.ctx.canvas, w = canvas.width, h = canvas.height;
            const d = u.ctx.getImageData(0, 0, w, h).data;
            const count = colour => { let n = 0; for (let i = 0; i < d.length; i += 4) { if (near(d, i, colour)) { n++; } } return n; };
            const line = (value, colour) => {
              const y = Math.round(u.valToPos(value, 'y', true)); let covered = 0;
              for (let x = Math.round(u.bbox.left); x < u.bbox.left + u.bbox.width; x++) {
                for (let dy = -2; dy <= 2; dy++) { if (near(d, ((y + dy) * w + x) * 4, colour)) { covered++; break; } }
              }
              return covered / u.bbox.width;
            };
            const limit = rgb(desk.COLOUR.limit);
            const index = u.data[1].lastIndexOf(arguments[0]);
            const fx = Math.round(u.valToPos(u.data[0][index], 'x', true)), fy = Math.round(u.valToPos(arguments[0], 'y', true));
            let flagged = false;
            for (let dx = -3; dx <= 3; dx++) { for (let dy = -3; dy <= 3; dy++) {
              if (near(d, ((fy + dy) * w + fx + dx) * 4, rgb(desk.COLOUR.flagged))) { flagged = true; } } }
            return { points: count(rgb(desk.COLOUR.value)), limitPixels: count(limit), ucl: line(arguments[1], limit), lcl: line(arguments[2], limit),
              spec: count(rgb(desk.COLOUR.spec)), flagged };
            """;

    /** Pixels of one of the desk's colours on one of its plots: arguments plot name, colour name. */
    private static final String COLOUR_COUNT = """
            const desk = Forgeline.qualityDesk, u = desk.plots[arguments[0]], hex = desk.COLOUR[arguments[1]];
            const c = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
            const d = u.ctx.getImageData(0, 0, u.ctx.canvas.width, u.ctx.canvas.height).data;
            let n = 0;
            for (let i = 0; i < d.length; i += 4) {
              if (Math.abs(d[i] - c[0]) < 12 && Math.abs(d[i + 1] - c[1]) < 12 && Math.abs(d[i + 2] - c[2]) < 12 && d[i + 3] > 200) { n++; }
            }
            return n;
            """;
}
