package io.forgeline.supply.edi;

import static io.forgeline.supply.SupplyTestData.PLANT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.forgeline.supply.edi.Edifact.interchange;
import static io.forgeline.supply.edi.Edifact.message;
import static io.forgeline.supply.edi.Edifact.reference;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Suppliers that speak EDIFACT D.96A: ORDRSP confirms or counter-proposes, DESADV announces shipments, ORDERS come
 * back for their orders; refusals name the message, segment group, segment and element.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class EdiTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate TODAY = LocalDate.now(PLANT);

    /** A sent order of ACME's with two lines of 500, each of a fresh item with a GTIN. */
    private record Order(String id, String number, String item1, String gtin1, String item2, String gtin2) {

        Map<String, String> values() {
            return new HashMap<>(Map.of("PO", number, "ITEM1", item1, "GTIN1", gtin1, "ITEM2", item2, "GTIN2", gtin2));
        }
    }

    private static Order acmeOrder(String description) {
        String gtin1 = gtin();
        String gtin2 = gtin();
        String item1 = item("T-EDI-", gtin1, description);
        String item2 = item("T-EDI-", gtin2, description);
        var created = buyerOrder("ACME", "500", TODAY.plusDays(20), true, item1, item2).statusCode(201).extract().jsonPath();
        return new Order(created.getString("id"), created.getString("number"), item1, gtin1, item2, gtin2);
    }

    private static String gtin() {
        return Gtin.of(0, "4012345", String.format("%05d", ThreadLocalRandom.current().nextInt(100_000))).value();
    }

    private static String sscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1_000_000_000L)).value();
    }

    /** A DESADV for {@code order}: 300 of line 1 on one pallet, 200 + 100 of line 2 on another. */
    private static Map<String, String> despatch(Order order) {
        Map<String, String> values = order.values();
        values.putAll(Map.of("ASN", "ASN-" + reference(), "FUNCTION", "9", "SHIP", TODAY.format(DAY), "ARRIVAL",
                TODAY.plusDays(2).format(DAY) + "1400", "SSCC1", sscc(), "SSCC2", sscc(), "QTY1", "300", "QTY2", "200"));
        return values;
    }

    private static ValidatableResponse post(RequestSpecification supplier, byte[] interchange) {
        return supplier.contentType("application/EDIFACT").body(interchange).when().post("/partner/v1/edi").then();
    }

    private static ValidatableResponse acmeOrderNow(Order order) {
        return acme().when().get("/partner/v1/purchase-orders/{id}", order.id()).then().statusCode(200);
    }

    @Test
    void an_ordrsp_accepting_the_order_unchanged_confirms_every_line() {
        Order order = acmeOrder("test item ");

        post(acme(), interchange("ACME", reference(), message("ordrsp-accept.msg", order.values())))
                .statusCode(200)
                .body("messages", hasSize(1))
                .body("messages[0].messageReference", equalTo("OR4711"))
                .body("messages[0].messageType", equalTo("ORDRSP"))
                .body("messages[0].action", equalTo("CONFIRMATION"))
                .body("messages[0].purchaseOrderId", equalTo(order.id()))
                .body("messages[0].purchaseOrderStatus", equalTo("CONFIRMED"));

        acmeOrderNow(order).body("status", equalTo("CONFIRMED")).body("lines.status", contains("CONFIRMED", "CONFIRMED"));
    }

    @Test
    void an_ordrsp_with_a_delivery_schedule_counter_proposes_a_split_and_accepts_the_other_line() {
        Order order = acmeOrder("test item ");
        Map<String, String> values = order.values();
        values.put("DAY1", TODAY.plusDays(22).format(DAY));
        values.put("DAY2", TODAY.plusDays(29).format(DAY));

        post(acme(), interchange("ACME", reference(), message("ordrsp-split.msg", values)))
                .statusCode(200)
                .body("messages[0].purchaseOrderStatus", equalTo("COUNTER_PROPOSED"));

        acmeOrderNow(order)
                .body("lines[0].status", equalTo("COUNTER_PROPOSED"))
                .body("lines[0].proposal.quantity", contains("300", "200"))
                .body("lines[0].proposal.date", contains(TODAY.plusDays(22).toString(), TODAY.plusDays(29).toString()))
                .body("lines[1].status", equalTo("CONFIRMED"));
    }

    @Test
    void a_desadv_becomes_an_asn_with_its_pallets_lots_and_expiry_dates() {
        Order order = acmeOrder("test item ");
        Map<String, String> values = despatch(order);

        String asnId = post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(200)
                .body("messages[0].action", equalTo("ASN_ACCEPTED"))
                .body("messages[0].asnNumber", equalTo(values.get("ASN")))
                .body("messages[0].asnStatus", equalTo("OPEN"))
                .extract().path("messages[0].asnId");

        String arrival = TODAY.plusDays(2).atTime(14, 0).atZone(PLANT).toInstant().toString();
        acme().when().get("/partner/v1/asns/{id}", asnId).then().statusCode(200)
                .body("shipDate", equalTo(TODAY.toString()))
                .body("expectedArrival", equalTo(arrival))
                .body("carrier", equalTo("Spedition Müller + Sohn")) // ISO 8859-1 and a released '+'
                .body("handlingUnits.sscc", contains(values.get("SSCC1"), values.get("SSCC2")))
                .body("handlingUnits[0].lines[0].purchaseOrderId", equalTo(order.id()))
                .body("handlingUnits[0].lines[0].lineNumber", equalTo(1))
                .body("handlingUnits[0].lines[0].itemCode", equalTo(order.item1()))
                .body("handlingUnits[0].lines[0].lot", equalTo("L2611-0815"))
                .body("handlingUnits[0].lines[0].expiryDate", equalTo("2029-11-30"))
                .body("handlingUnits[0].lines[0].quantity", equalTo("300"))
                .body("handlingUnits[1].lines.lot", contains("L2611-0902", "L2611-0815"))
                .body("handlingUnits[1].lines.quantity", contains("200", "100"));
    }

    @Test
    void a_resent_interchange_answers_the_same_and_changes_nothing() {
        Order order = acmeOrder("test item ");
        Map<String, String> values = despatch(order);
        String reference = reference();
        byte[] interchange = interchange("ACME", reference, message("desadv.msg", values));

        String first = post(acme(), interchange).statusCode(200).extract().path("messages[0].asnId");
        String again = post(acme(), interchange).statusCode(200).extract().path("messages[0].asnId");

        assertEquals(first, again);
        acme().when().get("/partner/v1/asns/{id}", first).then().body("revision", equalTo(1));
        values.put("QTY1", "250");
        post(acme(), interchange("ACME", reference, message("desadv.msg", values)))
                .statusCode(409)
                .body("errors[0].field", equalTo("UNB / element 5"))
                .body("errors[0].message", containsString("give every interchange its own reference"));
    }

    @Test
    void a_replacing_and_a_cancelling_desadv_change_the_asn_of_that_number() {
        Order order = acmeOrder("test item ");
        Map<String, String> values = despatch(order);
        String asnId = post(acme(), interchange("ACME", reference(), message("desadv.msg", values))).statusCode(200)
                .extract().path("messages[0].asnId");

        values.putAll(Map.of("FUNCTION", "5", "QTY1", "350"));
        post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(200)
                .body("messages[0].action", equalTo("ASN_REPLACED"))
                .body("messages[0].asnId", equalTo(asnId))
                .body("messages[0].asnRevision", equalTo(2));
        acme().when().get("/partner/v1/asns/{id}", asnId).then().body("handlingUnits[0].lines[0].quantity", equalTo("350"));

        values.put("FUNCTION", "1");
        post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(200)
                .body("messages[0].action", equalTo("ASN_CANCELLED"))
                .body("messages[0].asnStatus", equalTo("CANCELLED"));
    }

    @Test
    void a_letter_in_a_quantity_is_refused_naming_the_message_groups_segment_and_element() {
        Map<String, String> values = despatch(acmeOrder("test item "));
        values.put("QTY2", "2OO");

        post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("UNH 1 (DA0051) / SG10 CPS 3 / SG15 LIN 2 / QTY (segment 30) / element 1 component 2"))
                .body("errors[0].message", containsString("INVALID_CHARACTER_DATA"));
    }

    @Test
    void a_package_level_with_two_ssccs_is_refused_rather_than_merged() {
        Map<String, String> values = despatch(acmeOrder("test item "));
        String twoLabels = message("desadv.msg", values).replace("GIN+BJ+" + values.get("SSCC1") + "'",
                "GIN+BJ+" + values.get("SSCC1") + "+" + sscc() + "'");

        post(acme(), interchange("ACME", reference(), twoLabels))
                .statusCode(400)
                .body("errors[0].field", containsString("SG14 GIN 1 / GIN (segment 16)"))
                .body("errors[0].message", containsString("one SSCC per package level"));
    }

    @Test
    void orders_leave_out_what_unoc_cannot_carry() throws Exception {
        Order order = acmeOrder("深沟球轴承 Lager ");

        String orders = orders(acme(), null);
        assertTrue(orders.contains("IMD+F++:::Lager " + order.item1() + "'"), orders);
        assertEquals(0, validationErrors(orders));
    }

    @Test
    void a_wrong_segment_count_in_unt_is_refused() {
        Order order = acmeOrder("test item ");
        String wrongCount = message("ordrsp-accept.msg", order.values()).replace("UNT+8+", "UNT+9+");

        post(acme(), interchange("ACME", reference(), wrongCount))
                .statusCode(400)
                .body("errors[0].field", containsString("UNT"))
                .body("errors[0].message", containsString("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
        acmeOrderNow(order).body("status", equalTo("OPEN"));
    }

    @Test
    void a_rule_the_json_api_enforces_is_named_at_the_edi_position_of_the_value() {
        Map<String, String> values = despatch(acmeOrder("test item "));
        values.put("QTY1", "600"); // 500 ordered, 10 % tolerance

        post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(422)
                .body("errors[0].field", equalTo("UNH 1 (DA0051) / SG10 CPS 2 / SG15 LIN 1 / QTY (segment 19) / element 1 component 2"));
    }

    @Test
    void an_sscc_on_an_open_asn_is_a_conflict_named_at_its_gin() {
        Order order = acmeOrder("test item ");
        Map<String, String> values = despatch(order);
        post(acme(), interchange("ACME", reference(), message("desadv.msg", values))).statusCode(200);

        values.putAll(Map.of("ASN", "ASN-" + reference(), "SSCC2", sscc(), "QTY1", "100", "QTY2", "100")); // within the lines' quantities
        post(acme(), interchange("ACME", reference(), message("desadv.msg", values)))
                .statusCode(409)
                .body("errors[0].field", equalTo("UNH 1 (DA0051) / SG10 CPS 2 / SG11 PAC 2 / SG13 PCI 1 / SG14 GIN 1 / GIN (segment 16) / element 2 component 1"));
    }

    @Test
    void an_interchange_is_taken_whole_or_not_at_all() {
        Order order = acmeOrder("test item ");
        Map<String, String> good = despatch(order);
        Map<String, String> bad = despatch(order);
        bad.put("QTY1", "900");
        String firstAsn = good.get("ASN");

        post(acme(), interchange("ACME", reference(), message("desadv.msg", good), message("desadv.msg", bad).replace("DA0051", "DA0052")))
                .statusCode(422)
                .body("errors[0].field", containsString("UNH 2 (DA0052)"));

        List<String> numbers = acme().when().get("/partner/v1/asns?size=200").then().statusCode(200).extract().path("asnNumber");
        assertTrue(!numbers.contains(firstAsn), "the first message's ASN was not kept");
        acmeOrderNow(order).body("status", equalTo("OPEN"));
    }

    @Test
    void another_suppliers_order_number_reads_as_unknown() {
        Order order = acmeOrder("test item ");
        String ordrsp = message("ordrsp-accept.msg", order.values()).replace("NAD+SU+ACME", "NAD+SU+GLOBEX");

        post(globex(), interchange("GLOBEX", reference(), ordrsp))
                .statusCode(422)
                .body("errors[0].field", equalTo("UNH 1 (OR4711) / SG1 RFF 1 / RFF (segment 4) / element 1 component 2"))
                .body("errors[0].message", equalTo("you have no purchase order " + order.number()));
        acmeOrderNow(order).body("status", equalTo("OPEN"));
    }

    @Test
    void the_interchange_sender_must_be_the_calling_supplier() {
        Order order = acmeOrder("test item ");

        post(acme(), interchange("GLOBEX", reference(), message("ordrsp-accept.msg", order.values())))
                .statusCode(400)
                .body("errors[0].field", equalTo("UNB / element 2 component 1"));
    }

    @Test
    void text_that_is_not_edifact_is_a_clear_400() {
        post(acme(), "{\"asnNumber\":\"A-1\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .body("title", equalTo("The request is not valid"))
                .body("errors", hasSize(1));
    }

    @Test
    void orders_come_for_open_orders_and_a_cancelled_one_comes_as_a_cancellation() throws Exception {
        Order order = acmeOrder("Bolt + nut 'M8' ");
        Instant before = Instant.now();

        String open = orders(acme(), null);
        assertTrue(open.contains("BGM+220+" + order.number() + "+9'"), open);
        String upTo = acme().when().get("/partner/v1/edi/orders").then().extract().header("X-Changed-Up-To");
        assertTrue(upTo != null && !Instant.parse(upTo).isBefore(before.minusSeconds(60)), "where the interchange ends: " + upTo);
        String line = "LIN+1++" + order.gtin1() + ":EN'\nPIA+1+" + order.item1() + ":IN'\nIMD+F++:::Bolt ?+ nut ?'M8?' " + order.item1()
                + "'\nQTY+21:500:PCE'\nDTM+2:" + TODAY.plusDays(20).format(DAY) + ":102'";
        assertTrue(open.contains(line), "line 1 as written:\n" + open);
        assertEquals(0, validationErrors(open), "ORDERS validate against the ORDERS schema");

        buyer().when().post("/api/supply/purchase-orders/{id}/cancel", order.id()).then().statusCode(200);
        assertTrue(!orders(acme(), null).contains("+" + order.number() + "+"), "a cancelled order is no longer open");
        String changed = orders(acme(), before.toString());
        assertTrue(changed.contains("BGM+220+" + order.number() + "+1'"), changed);
        assertTrue(!orders(globex(), null).contains(order.number()), "GLOBEX never gets ACME's orders");
    }

    private static String orders(RequestSpecification supplier, String changedSince) {
        RequestSpecification request = changedSince == null ? supplier : supplier.queryParam("changedSince", changedSince);
        byte[] body = request.when().get("/partner/v1/edi/orders").then().statusCode(200)
                .contentType(containsString("application/EDIFACT"))
                .extract().asByteArray();
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /** Reads ORDERS as a supplier's system would, with the ORDERS schema; counts StAEDI's validation errors. */
    private static int validationErrors(String orders) throws Exception {
        List<String> errors = new ArrayList<>();
        try (InputStream schema = EdiTest.class.getResourceAsStream("/edi/ORDERS-D96A.xml");
             EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                     new ByteArrayInputStream(orders.getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1")) {
            var messageSchema = SchemaFactory.newFactory().createSchema(schema);
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_TRANSACTION) {
                    reader.setTransactionSchema(messageSchema);
                } else if (event.isError()) {
                    errors.add(reader.getErrorType() + " at " + reader.getLocation());
                }
            }
        }
        assertEquals(List.of(), errors);
        return errors.size();
    }
}
