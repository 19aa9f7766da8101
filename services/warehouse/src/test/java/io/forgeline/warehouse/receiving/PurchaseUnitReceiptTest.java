package io.forgeline.warehouse.receiving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.UnitConversion;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Goods a supplier delivers in a purchase unit go into stock in the item's base unit, by the item master's factor. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class PurchaseUnitReceiptTest {

    /** An item kept in PCE that suppliers deliver in boxes of 50. */
    private static String boxedItem() {
        String code = "BOXED-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Dock.knownItem(ItemChanged.newBuilder().setCode(code).setDescription("Washers").setUnit("PCE").setMakeOrBuy("BUY").setVersion(1)
                .setChangedAt("2026-11-01T08:00:00Z").addPurchaseUnits(UnitConversion.newBuilder().setUnit("BOX").setFactor("50")).build());
        return code;
    }

    private static Sscc announcedIn(String item, String unit, String amount) {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line(item, "", "W-1", amount)
                .setQuantity(Quantity.newBuilder().setAmount(amount).setUnit(unit)))));
        Dock.awaitExpected(sscc, true);
        return sscc;
    }

    @Test
    void two_boxes_of_fifty_go_into_stock_as_a_hundred_pieces_and_the_receipt_says_two_boxes() throws Exception {
        String item = boxedItem();
        Sscc sscc = announcedIn(item, "BOX", "2");

        String receiptId = Dock.receive(Map.of("scan", sscc.value())).then().statusCode(201).extract().path("id");

        assertThat(given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/stock").then()
                .extract().jsonPath().<Map<String, Object>>getList("lots")).singleElement()
                .satisfies(lot -> assertThat(lot.get("quantity")).isEqualTo(Map.of("amount", "100", "unit", "PCE")));
        GoodsReceived received = GoodsReceived.parseFrom(KafkaProbe.await("warehouse.goods-receipts.v1", r -> r.key().equals(receiptId),
                Eventually.EVENT_APPLIED).orElseThrow().value());
        assertThat(received.getLines(0).getReceived().getAmount()).as("the supplier's count, for supply's scorecard").isEqualTo("2");
        assertThat(received.getLines(0).getReceived().getUnit()).isEqualTo("BOX");
    }

    @Test
    void a_unit_the_item_master_knows_no_conversion_from_is_refused_and_nothing_is_received() {
        String item = boxedItem();
        Sscc sscc = announcedIn(item, "PAL", "1");

        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(422)
                .body("detail", containsString(item + " is kept in PCE and the item master knows no conversion from PAL"));
        assertThat(given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/stock").then()
                .extract().jsonPath().getList("lots")).isEmpty();
        Dock.awaitExpected(sscc, true);
    }
}
