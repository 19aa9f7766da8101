package io.forgeline.warehouse.receiving;

import static io.restassured.RestAssured.given;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnLine;
import io.forgeline.contracts.supply.v1.HandlingUnit;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The dock as tests arrange it: ASNs published as supply's relay would, items as scheduling's, receipts as a clerk scans them. */
public final class Dock {

    /** Bought goods of their own, so that the demo stock other tests count stays as it is. */
    public static final String ITEM = "BEARING-6305";

    public static final String COMPANY_PREFIX = "4012345";
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    public static Sscc newSscc() {
        return Sscc.of(3, COMPANY_PREFIX, SERIALS.incrementAndGet());
    }

    public static AsnLine.Builder line(String lot, String amount) {
        return line(ITEM, "", lot, amount);
    }

    public static AsnLine.Builder line(String itemCode, String gtin, String lot, String amount) {
        return AsnLine.newBuilder().setPurchaseOrderId(UUID.randomUUID().toString()).setPurchaseOrderNumber("PO-000777").setLineNumber(1)
                .setItemCode(itemCode).setGtin(gtin).setLot(lot).setExpiryDate("2030-03-31")
                .setQuantity(Quantity.newBuilder().setAmount(amount).setUnit("PCE"));
    }

    /** Publishes an ASN as supply's outbox relay would, and waits until the dock expects it. */
    public static AdvanceShippingNotice announce(int revision, UUID asnId, List<HandlingUnit> units) {
        AdvanceShippingNotice notice = AdvanceShippingNotice.newBuilder().setAsnId(asnId.toString()).setAsnNumber("ASN-" + asnId.toString().substring(0, 6))
                .setSupplierCode("ACME").setShipDate("2026-11-27").setExpectedArrival("2026-11-30T08:00:00Z").setCarrier("DHL")
                .setRevision(revision).setAcceptedAt("2026-11-27T10:00:00Z").addAllHandlingUnits(units).build();
        KafkaProbe.send("supply.asns.v1", asnId.toString(), notice.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), revision == 1 ? AsnChanges.ACCEPTED : AsnChanges.REPLACED));
        return notice;
    }

    public static void awaitExpected(Sscc sscc, boolean expected) {
        Eventually.within(Eventually.EVENT_APPLIED, () -> given().auth().oauth2(Tokens.user("clerk")).queryParam("scan", sscc.value())
                .when().get("/api/warehouse/receipts/expected").statusCode() == (expected ? 200 : 404),
                "the dock " + (expected ? "expects " : "no longer expects ") + sscc.value());
    }

    public static HandlingUnit unit(Sscc sscc, AsnLine.Builder... lines) {
        HandlingUnit.Builder unit = HandlingUnit.newBuilder().setSscc(sscc.value());
        for (AsnLine.Builder line : lines) {
            unit.addLines(line);
        }
        return unit.build();
    }

    /** Publishes an item as scheduling does and waits until the warehouse's item copy has it. */
    public static void knownItem(String code) {
        knownItem(code, "");
    }

    public static void knownItem(String code, String gtin) {
        knownItem(ItemChanged.newBuilder().setCode(code).setDescription("Part " + code).setGtin(gtin).setUnit("PCE").setMakeOrBuy("BUY")
                .setVersion(1).setChangedAt("2026-11-01T08:00:00Z").build());
    }

    /** Publishes the item as scheduling does and waits until the warehouse's item copy has it. */
    public static void knownItem(ItemChanged item) {
        String code = item.getCode();
        KafkaProbe.send("scheduling.items.v1", code, item.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.scheduling.item.changed.v1"));
        Eventually.within(Eventually.EVENT_APPLIED, () -> given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/items/" + code)
                .statusCode() == 200, "the item copy knows " + code);
    }

    public static io.restassured.response.Response receive(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(body).when().post("/api/warehouse/receipts");
    }

}
