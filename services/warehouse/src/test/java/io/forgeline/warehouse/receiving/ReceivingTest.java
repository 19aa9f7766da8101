package io.forgeline.warehouse.receiving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnCancelled;
import io.forgeline.contracts.supply.v1.AsnLine;
import io.forgeline.contracts.supply.v1.HandlingUnit;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.SsccIdentity;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class ReceivingTest {

    private static final String COMPANY_PREFIX = Dock.COMPANY_PREFIX;

    private static GoodsReceived published(String receiptId) throws Exception {
        var record = KafkaProbe.await("warehouse.goods-receipts.v1", r -> r.key().equals(receiptId), Eventually.EVENT_APPLIED)
                .orElseThrow(() -> new AssertionError("no goods receipt " + receiptId + " on warehouse.goods-receipts.v1"));
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("io.forgeline.warehouse.goods-received.v1");
        return GoodsReceived.parseFrom(record.value());
    }

    @Test
    void a_scanned_gs1_128_label_receives_the_handling_unit_into_quarantine_at_the_dock() throws Exception {
        Sscc sscc = Dock.newSscc();
        UUID asn = UUID.randomUUID();
        Dock.announce(1, asn, List.of(Dock.unit(sscc, Dock.line("B-7781", "100"))));
        Dock.awaitExpected(sscc, true);

        JsonPath receipt = Dock.receive(Map.of("scan", "]C100" + sscc.value()))
                .then().statusCode(201)
                .contentType("application/json")
                .body("sscc", equalTo(sscc.value()))
                .body("status", equalTo("QUARANTINE"))
                .body("location", equalTo("DOCK-01"))
                .body("asnId", equalTo(asn.toString()))
                .body("lines[0].itemCode", equalTo(Dock.ITEM))
                .body("lines[0].lot", equalTo("B-7781"))
                .body("lines[0].received.amount", equalTo("100"))
                .extract().jsonPath();

        given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", Dock.ITEM).when().get("/api/warehouse/stock")
                .then().statusCode(200)
                .body("lots.find { it.handlingUnit == '" + sscc.value() + "' }.status", equalTo("QUARANTINE"))
                .body("lots.find { it.handlingUnit == '" + sscc.value() + "' }.location", equalTo("DOCK-01"))
                .body("lots.find { it.handlingUnit == '" + sscc.value() + "' }.quantity.amount", equalTo("100"));

        GoodsReceived event = published(receipt.getString("id"));
        assertThat(event.getSscc()).isEqualTo(sscc.value());
        assertThat(event.getAsnId()).isEqualTo(asn.toString());
        assertThat(event.getSupplierCode()).isEqualTo("ACME");
        assertThat(event.getReceivedBy()).isEqualTo("clerk");
        assertThat(event.getLines(0).getReceived().getAmount()).isEqualTo("100");
        assertThat(event.getLines(0).getAnnounced().getAmount()).isEqualTo("100");
        assertThat(event.getLines(0).getLot()).isEqualTo("B-7781");
        assertThat(event.getUnplanned()).isFalse();
    }

    @Test
    void the_same_sscc_scanned_again_is_refused_as_received_already() {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line("B-7782", "10"))));
        Dock.awaitExpected(sscc, true);
        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(201);
        Dock.receive(Map.of("scan", "]C100" + sscc.value()))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("received already"));
    }

    @Test
    void a_bare_sscc_and_an_rfid_tag_read_the_same_as_a_label() {
        Sscc bare = Dock.newSscc();
        Sscc tagged = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(bare, Dock.line("B-7783", "5")), Dock.unit(tagged, Dock.line("B-7783", "7"))));
        Dock.awaitExpected(tagged, true);
        Dock.receive(Map.of("scan", "00" + bare.value())).then().statusCode(201).body("sscc", equalTo(bare.value()));
        String epc = tag(tagged).hex();
        Dock.receive(Map.of("scan", epc)).then().statusCode(201).body("sscc", equalTo(tagged.value()));
    }

    @Test
    void an_sscc_with_a_wrong_check_digit_is_refused_naming_the_scan() {
        String good = Dock.newSscc().value();
        String wrong = good.substring(0, 17) + (char) ('0' + (good.charAt(17) - '0' + 1) % 10);
        Dock.receive(Map.of("scan", "]C100" + wrong))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("scan"));
    }

    @Test
    void an_sscc_on_no_asn_is_refused_unless_received_as_unplanned_with_a_reason() throws Exception {
        Sscc sscc = Dock.newSscc();
        Dock.receive(Map.of("scan", sscc.value()))
                .then().statusCode(422)
                .body("detail", containsString("no open ASN"));
        Dock.receive(Map.of("scan", sscc.value(), "unplanned", true, "lines", List.of(Map.of("itemCode", "SHAFT-01", "lot", "X-1", "received", "4"))))
                .then().statusCode(400)
                .body("errors.field", hasItem("/reason"));

        Dock.receive(Map.of("scan", sscc.value(), "unplanned", true, "reason", "sample sent without notice",
                "lines", List.of(Map.of("itemCode", "NO-SUCH-ITEM", "lot", "X-1", "received", "4"))))
                .then().statusCode(422)
                .body("errors.field", hasItem("/lines/0/itemCode"));

        Dock.knownItem("SPRING-01");
        String id = Dock.receive(Map.of("scan", sscc.value(), "unplanned", true, "reason", "sample sent without notice", "supplierCode", "ACME",
                "lines", List.of(Map.of("itemCode", "SPRING-01", "lot", "X-1", "received", "4"))))
                .then().statusCode(201)
                .body("unplanned", equalTo(true))
                .body("lines[0].announced.amount", equalTo("0"))
                .extract().path("id");
        GoodsReceived event = published(id);
        assertThat(event.getUnplanned()).isTrue();
        assertThat(event.getReason()).isEqualTo("sample sent without notice");
        assertThat(event.getAsnId()).isEmpty();
    }

    @Test
    void short_and_damaged_goods_need_a_reason_and_only_the_sound_ones_go_into_stock() throws Exception {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line("B-7784", "50"))));
        Dock.awaitExpected(sscc, true);
        List<Map<String, Object>> counted = List.of(Map.of("itemCode", Dock.ITEM, "lot", "B-7784", "received", "48", "damaged", "3"));
        Dock.receive(Map.of("scan", sscc.value(), "lines", counted))
                .then().statusCode(400)
                .body("errors.field", hasItem("/reason"));

        String id = Dock.receive(Map.of("scan", sscc.value(), "lines", counted, "reason", "2 short, 3 crushed"))
                .then().statusCode(201)
                .body("lines[0].announced.amount", equalTo("50"))
                .body("lines[0].received.amount", equalTo("48"))
                .body("lines[0].damaged.amount", equalTo("3"))
                .extract().path("id");
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/handling-units/" + sscc.value())
                .then().statusCode(200)
                .body("lines[0].quantity.amount", equalTo("45"));
        GoodsReceived event = published(id);
        assertThat(event.getLines(0).getDamaged().getAmount()).isEqualTo("3");
        assertThat(event.getReason()).isEqualTo("2 short, 3 crushed");
    }

    @Test
    void a_count_that_matches_no_line_of_the_asn_is_refused_naming_it() {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line("B-7785", "50"))));
        Dock.awaitExpected(sscc, true);
        Dock.receive(Map.of("scan", sscc.value(), "reason", "x", "lines", List.of(Map.of("itemCode", "SHAFT-01", "received", "1"))))
                .then().statusCode(400)
                .body("errors.field", hasItem("/lines/0"));
    }

    @Test
    void a_cancelled_asn_is_no_longer_expected() {
        Sscc sscc = Dock.newSscc();
        UUID asn = UUID.randomUUID();
        Dock.announce(1, asn, List.of(Dock.unit(sscc, Dock.line("B-7786", "1"))));
        Dock.awaitExpected(sscc, true);
        AsnCancelled cancelled = AsnCancelled.newBuilder().setAsnId(asn.toString()).setAsnNumber("ASN-X").setSupplierCode("ACME")
                .addSsccs(sscc.value()).setRevision(1).setCancelledAt("2026-11-28T10:00:00Z").build();
        KafkaProbe.send("supply.asns.v1", asn.toString(), cancelled.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), AsnChanges.CANCELLED));
        Dock.awaitExpected(sscc, false);
        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(422);
    }

    @Test
    void a_replaced_asn_expects_its_new_handling_units_and_a_late_older_revision_changes_nothing() {
        Sscc first = Dock.newSscc();
        Sscc second = Dock.newSscc();
        UUID asn = UUID.randomUUID();
        Dock.announce(1, asn, List.of(Dock.unit(first, Dock.line("B-7787", "1"))));
        Dock.awaitExpected(first, true);
        Dock.announce(3, asn, List.of(Dock.unit(second, Dock.line("B-7787", "2"))));
        Dock.awaitExpected(second, true);
        Dock.awaitExpected(first, false);
        Dock.announce(2, asn, List.of(Dock.unit(first, Dock.line("B-7787", "1"))));
        Sscc marker = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(marker, Dock.line("B-7788", "1"))));
        Dock.awaitExpected(marker, true); // the same partition key differs, so wait on the ASN itself too
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/asns")
                .then().statusCode(200)
                .body("find { it.asnId == '" + asn + "' }.revision", equalTo(3))
                .body("find { it.asnId == '" + asn + "' }.handlingUnits.sscc", equalTo(List.of(second.value())));
    }

    @Test
    void the_dock_list_marks_the_handling_units_already_in() {
        Sscc in = Dock.newSscc();
        Sscc coming = Dock.newSscc();
        UUID asn = UUID.randomUUID();
        Dock.announce(1, asn, List.of(Dock.unit(in, Dock.line("B-7789", "1")), Dock.unit(coming, Dock.line("B-7789", "1"))));
        Dock.awaitExpected(coming, true);
        Dock.receive(Map.of("scan", in.value())).then().statusCode(201);
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/asns")
                .then().statusCode(200)
                .body("find { it.asnId == '" + asn + "' }.handlingUnits.find { it.sscc == '" + in.value() + "' }.received", equalTo(true))
                .body("find { it.asnId == '" + asn + "' }.handlingUnits.find { it.sscc == '" + coming.value() + "' }.received", equalTo(false));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_first_receipt() {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line("B-7790", "3"))));
        Dock.awaitExpected(sscc, true);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.user("clerk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("scan", sscc.value())).when().post("/api/warehouse/receipts").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(Tokens.user("clerk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("scan", sscc.value())).when().post("/api/warehouse/receipts").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
    }

    private static EpcTag tag(Sscc sscc) {
        return EpcTag.of(SsccIdentity.of(sscc, COMPANY_PREFIX.length()), 0);
    }

    @Test
    void an_rfid_portal_read_receives_what_it_saw_and_names_what_is_missing_unexpected_or_unreadable() {
        Sscc first = Dock.newSscc();
        Sscc second = Dock.newSscc();
        Sscc third = Dock.newSscc();
        Sscc stranger = Dock.newSscc();
        UUID asn = UUID.randomUUID();
        Dock.announce(1, asn, List.of(Dock.unit(first, Dock.line("R-1", "5")), Dock.unit(second, Dock.line("R-1", "5")),
                Dock.unit(third, Dock.line("R-1", "5"))));
        Dock.awaitExpected(third, true);
        List<String> reads = List.of(tag(first).hex(), tag(second).tagUri(), tag(first).hex(), tag(stranger).hex(), "not-a-tag", tag(first).hex());

        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("asnId", asn.toString(), "reads", reads))
                .when().post("/api/warehouse/receipts/rfid")
                .then().statusCode(200)
                .body("received", equalTo(List.of(first.value(), second.value())))
                .body("alreadyReceived", equalTo(List.of()))
                .body("missing", equalTo(List.of(third.value())))
                .body("unexpected", equalTo(List.of(stranger.value())))
                .body("unreadable.read", equalTo(List.of("not-a-tag")));
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/handling-units/{sscc}", second.value())
                .then().statusCode(200).body("lines[0].status", equalTo("QUARANTINE"));

        // the truck read again: nothing is received twice
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("asnId", asn.toString(), "reads", reads))
                .when().post("/api/warehouse/receipts/rfid")
                .then().statusCode(200)
                .body("received", equalTo(List.of()))
                .body("alreadyReceived", equalTo(List.of(first.value(), second.value())));
    }

    @Test
    void a_portal_read_for_an_asn_the_dock_never_heard_of_is_not_found() {
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON)
                .body(Map.of("asnId", UUID.randomUUID().toString(), "reads", List.of("x")))
                .when().post("/api/warehouse/receipts/rfid")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("reads", List.of()))
                .when().post("/api/warehouse/receipts/rfid")
                .then().statusCode(400)
                .body("errors.field", hasItem("asnId"));
    }
}
