package io.forgeline.supply.shipping;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnCancelled;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Suppliers announce shipments against their purchase orders: checked whole, refused whole, published for warehouse. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class AsnTest {

    private static final String ASNS = "supply.asns.v1";
    private static final String ACCEPTED = "io.forgeline.supply.asn.accepted.v1";
    private static final String REPLACED = "io.forgeline.supply.asn.replaced.v1";
    private static final String CANCELLED = "io.forgeline.supply.asn.cancelled.v1";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** A sent order of ACME's: 500 of a fresh item with a GTIN. */
    private record Order(String id, String item, String gtin) {
    }

    private static Order acmeOrder() {
        String gtin = Gtin.of(0, "4012345", String.format("%05d", ThreadLocalRandom.current().nextInt(100_000))).value();
        String item = item("T-ASN-", gtin);
        String id = buyerOrder("ACME", "500", TODAY.plusDays(20), true, item).statusCode(201).extract().path("id");
        return new Order(id, item, gtin);
    }

    private static String sscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1_000_000_000L)).value();
    }

    private static String line(String orderId, int lineNumber, String itemField, String quantity) {
        return "{\"purchaseOrderId\":\"" + orderId + "\",\"lineNumber\":" + lineNumber + "," + itemField
                + ",\"lot\":\"L-2291\",\"expiryDate\":\"" + TODAY.plusYears(2) + "\",\"quantity\":\"" + quantity + "\"}";
    }

    private static String unit(String sscc, String... lines) {
        return "{\"sscc\":\"" + sscc + "\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String asn(String number, String... units) {
        return "{\"asnNumber\":\"" + number + "\",\"shipDate\":\"" + TODAY + "\",\"expectedArrival\":\"" + TODAY.plusDays(2) + "T08:00:00Z\","
                + "\"carrier\":\"DHL Freight\",\"handlingUnits\":[" + String.join(",", units) + "]}";
    }

    private static String number() {
        return "ASN-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String itemOf(Order order) {
        return "\"itemCode\":\"" + order.item() + "\"";
    }

    private static ValidatableResponse send(RequestSpecification supplier, String body) {
        return supplier.contentType(ContentType.JSON).body(body).when().post("/partner/v1/asns").then();
    }

    private static int acmeAsns() {
        return Integer.parseInt(acme().when().get("/partner/v1/asns?size=1").then().statusCode(200).extract().header("X-Total-Count"));
    }

    @Test
    void an_asn_of_two_handling_units_is_accepted_and_published_for_warehouse() throws Exception {
        Order order = acmeOrder();
        String first = sscc();
        String second = sscc();

        String id = send(acme(), asn(number(), unit(first, line(order.id(), 1, itemOf(order), "300")),
                unit(second, line(order.id(), 1, "\"gtin\":\"" + order.gtin() + "\"", "200"))))
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("revision", equalTo(1))
                .body("handlingUnits.sscc", equalTo(List.of(first, second)))
                .body("handlingUnits[1].lines[0].itemCode", equalTo(order.item()))
                .body("handlingUnits[0].lines[0].gtin", equalTo(order.gtin()))
                .body("handlingUnits[0].lines[0].purchaseOrderNumber", containsString("PO-"))
                .extract().path("id");

        var record = KafkaProbe.await(ASNS, r -> id.equals(r.key()) && ACCEPTED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertTrue(record.isPresent(), "ASN " + id + " published");
        AdvanceShippingNotice notice = AdvanceShippingNotice.parseFrom(record.get().value());
        assertEquals("ACME", notice.getSupplierCode());
        assertEquals(2, notice.getHandlingUnitsCount());
        assertEquals(first, notice.getHandlingUnits(0).getSscc());
        assertEquals("300", notice.getHandlingUnits(0).getLines(0).getQuantity().getAmount());
        assertEquals("L-2291", notice.getHandlingUnits(0).getLines(0).getLot());
        assertEquals(order.id(), notice.getHandlingUnits(0).getLines(0).getPurchaseOrderId());
    }

    @Test
    void check_digits_and_missing_values_are_refused_with_json_pointers_and_nothing_is_accepted() {
        Order order = acmeOrder();
        String good = sscc();
        String badSscc = good.substring(0, 17) + ((good.charAt(17) - '0' + 1) % 10);
        int before = acmeAsns();

        send(acme(), asn(number(), unit(badSscc, line(order.id(), 1, "\"gtin\":\"04012345000017\"", "5")),
                unit(good, "{\"purchaseOrderId\":\"not-an-id\",\"quantity\":\"many\"}")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("/handlingUnits/0/sscc", "/handlingUnits/0/lines/0/gtin",
                        "/handlingUnits/1/lines/0/purchaseOrderId", "/handlingUnits/1/lines/0/lineNumber",
                        "/handlingUnits/1/lines/0/itemCode", "/handlingUnits/1/lines/0/quantity"));
        send(acme(), "{\"asnNumber\":\"\",\"handlingUnits\":[]}").statusCode(400)
                .body("errors.field", hasItems("/asnNumber", "/shipDate", "/expectedArrival", "/handlingUnits"));

        assertEquals(before, acmeAsns());
    }

    @Test
    void one_bad_handling_unit_refuses_the_whole_asn() {
        Order order = acmeOrder();
        String good = sscc();
        int before = acmeAsns();

        send(acme(), asn(number(), unit(good, line(order.id(), 1, itemOf(order), "10")),
                unit(sscc(), line(UUID.randomUUID().toString(), 1, itemOf(order), "10"))))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/handlingUnits/1/lines/0/purchaseOrderId")));

        assertEquals(before, acmeAsns());
        send(acme(), asn(number(), unit(good, line(order.id(), 1, itemOf(order), "10")))).statusCode(201);
    }

    @Test
    void another_suppliers_order_reads_exactly_like_an_unknown_one() {
        String globexItem = item("T-ASN-", null);
        String globexOrder = buyerOrder("GLOBEX", "50", TODAY.plusDays(20), true, globexItem).statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();

        String refusal = send(acme(), asn(number(), unit(sscc(), line(globexOrder, 1, "\"itemCode\":\"" + globexItem + "\"", "5"))))
                .statusCode(422).extract().path("errors[0].message");
        String other = send(acme(), asn(number(), unit(sscc(), line(unknown, 1, "\"itemCode\":\"" + globexItem + "\"", "5"))))
                .statusCode(422).extract().path("errors[0].message");

        assertEquals(other, refusal.replace(globexOrder, unknown));
        send(globex(), asn(number(), unit(sscc(), line(globexOrder, 1, "\"itemCode\":\"" + globexItem + "\"", "5")))).statusCode(201);
    }

    @Test
    void the_orders_rules_refuse_a_wrong_item_expired_goods_and_more_than_the_line_takes() {
        Order order = acmeOrder();
        String wrongItem = "{\"purchaseOrderId\":\"" + order.id() + "\",\"lineNumber\":1,\"itemCode\":\"SOMETHING-ELSE\",\"quantity\":\"1\"}";
        String wrongGtin = "{\"purchaseOrderId\":\"" + order.id() + "\",\"lineNumber\":1,\"gtin\":\"04012345000016\",\"quantity\":\"1\"}";
        String expired = "{\"purchaseOrderId\":\"" + order.id() + "\",\"lineNumber\":1," + itemOf(order)
                + ",\"expiryDate\":\"" + TODAY.minusDays(1) + "\",\"quantity\":\"1\"}";
        String noSuchLine = line(order.id(), 7, itemOf(order), "1");

        send(acme(), asn(number(), unit(sscc(), wrongItem), unit(sscc(), wrongGtin), unit(sscc(), expired), unit(sscc(), noSuchLine)))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("/handlingUnits/0/lines/0/itemCode", "/handlingUnits/1/lines/0/gtin",
                        "/handlingUnits/2/lines/0/expiryDate", "/handlingUnits/3/lines/0/lineNumber")));

        // 500 ordered, +10 %: 550 fit, 551 do not
        send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "300")), unit(sscc(), line(order.id(), 1, itemOf(order), "251"))))
                .statusCode(422).body("errors[0].field", equalTo("/handlingUnits/1/lines/0/quantity"))
                .body("errors[0].message", containsString("takes at most 550"));
        send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "550")))).statusCode(201);
        send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "1")))).statusCode(422)
                .body("errors[0].message", containsString("announced on other ASNs 550"));
    }

    @Test
    void an_sscc_on_an_open_asn_is_a_conflict_until_that_asn_is_cancelled() throws Exception {
        Order order = acmeOrder();
        String sscc = sscc();
        String id = send(acme(), asn(number(), unit(sscc, line(order.id(), 1, itemOf(order), "10")))).statusCode(201).extract().path("id");

        send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "1")), unit(sscc, line(order.id(), 1, itemOf(order), "1"))))
                .statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/handlingUnits/1/sscc")));

        acme().when().post("/partner/v1/asns/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        var cancelled = KafkaProbe.await(ASNS, r -> id.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertEquals(List.of(sscc), AsnCancelled.parseFrom(cancelled.orElseThrow().value()).getSsccsList());
        send(acme(), asn(number(), unit(sscc, line(order.id(), 1, itemOf(order), "1")))).statusCode(201);
    }

    @Test
    void an_open_asn_is_replaced_whole_and_a_cancelled_one_no_longer() throws Exception {
        Order order = acmeOrder();
        String number = number();
        String id = send(acme(), asn(number, unit(sscc(), line(order.id(), 1, itemOf(order), "500")))).statusCode(201).extract().path("id");
        String replacement = sscc();

        acme().contentType(ContentType.JSON).body(asn(number, unit(replacement, line(order.id(), 1, itemOf(order), "520"))))
                .when().put("/partner/v1/asns/{id}", id).then().statusCode(200)
                .body("revision", equalTo(2)).body("handlingUnits[0].sscc", equalTo(replacement)).body("handlingUnits[0].lines[0].quantity", equalTo("520"));

        var replaced = KafkaProbe.await(ASNS, r -> id.equals(r.key()) && REPLACED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertEquals(2, AdvanceShippingNotice.parseFrom(replaced.orElseThrow().value()).getRevision());
        send(acme(), asn(number, unit(sscc(), line(order.id(), 1, itemOf(order), "1")))).statusCode(409)
                .body("errors.field", hasItem("/asnNumber"));
        acme().when().post("/partner/v1/asns/{id}/cancel", id).then().statusCode(200);
        acme().contentType(ContentType.JSON).body(asn(number, unit(sscc(), line(order.id(), 1, itemOf(order), "5"))))
                .when().put("/partner/v1/asns/{id}", id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_supplier_reads_only_its_own_asns_and_staff_use_no_partner_path() {
        Order order = acmeOrder();
        String id = send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "5")))).statusCode(201).extract().path("id");

        acme().when().get("/partner/v1/asns/{id}", id).then().statusCode(200).body("id", equalTo(id));
        globex().when().get("/partner/v1/asns/{id}", id).then().statusCode(404);
        globex().when().post("/partner/v1/asns/{id}/cancel", id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("buyer")).contentType(ContentType.JSON).body(asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "5"))))
                .when().post("/partner/v1/asns").then().statusCode(403);
        buyer().when().get("/partner/v1/asns").then().statusCode(403);
    }

    @Test
    void buyers_planners_and_quality_engineers_see_every_suppliers_asns_and_suppliers_use_their_own_path() {
        Order order = acmeOrder();
        String id = send(acme(), asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "5")))).statusCode(201).extract().path("id");

        buyer().when().get("/api/supply/asns/{id}", id).then().statusCode(200).body("supplierCode", equalTo("ACME"));
        buyer().when().get("/api/supply/asns?supplierCode=ACME&status=OPEN&size=200").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.user("planner")).when().get("/api/supply/asns/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("quality")).when().get("/api/supply/asns/{id}", id).then().statusCode(200);
        acme().when().get("/api/supply/asns/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.user("operator")).when().get("/api/supply/asns").then().statusCode(403);
    }

    @Test
    void the_same_idempotency_key_accepts_one_asn() {
        Order order = acmeOrder();
        String key = UUID.randomUUID().toString();
        String body = asn(number(), unit(sscc(), line(order.id(), 1, itemOf(order), "5")));
        int before = acmeAsns();

        String first = send(acme().header("Idempotency-Key", key), body).statusCode(201).extract().path("id");
        String again = send(acme().header("Idempotency-Key", key), body).statusCode(201).extract().path("id");

        assertEquals(first, again);
        assertEquals(before + 1, acmeAsns());
    }

    @Test
    void the_supplier_prints_an_sscc_label_per_handling_unit_that_a_scanner_reads_back() throws Exception {
        Order order = acmeOrder();
        String first = sscc();
        String second = sscc();
        String id = send(acme(), asn(number(), unit(first, line(order.id(), 1, itemOf(order), "300")),
                unit(second, line(order.id(), 1, itemOf(order), "200")))).statusCode(201).extract().path("id");

        byte[] pdf = acme().when().get("/partner/v1/asns/{id}/labels", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument labels = Loader.loadPDF(pdf)) {
            assertEquals(2, labels.getNumberOfPages(), "a label per handling unit");
            BufferedImage page = new PDFRenderer(labels).renderImageWithDPI(0, 203);
            Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.ASSUME_GS1, true, DecodeHintType.TRY_HARDER, true);
            List<String> scanned = Arrays.stream(new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints))
                    .map(Result::getText).toList();
            // the SSCC symbol alone: the content symbol's (02) and (37) only make sense together with it
            assertTrue(scanned.stream().filter(scan -> scan.startsWith("]C100"))
                            .anyMatch(scan -> new ScanReader().read(scan).sscc().map(Sscc::value).orElse("").equals(first)),
                    "the first label's SSCC reads back: " + scanned);
        }
        String zpl = acme().queryParam("format", "zpl").when().get("/partner/v1/asns/{id}/labels", id).then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertTrue(zpl.contains("^FD(00)" + first + "^FS") && zpl.contains("^FD(00)" + second + "^FS"), zpl);
        assertTrue(zpl.contains("(02)" + order.gtin()), "content barcode of one counted item: " + zpl);
        globex().when().get("/partner/v1/asns/{id}/labels", id).then().statusCode(404);
        acme().queryParam("format", "svg").when().get("/partner/v1/asns/{id}/labels", id).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
