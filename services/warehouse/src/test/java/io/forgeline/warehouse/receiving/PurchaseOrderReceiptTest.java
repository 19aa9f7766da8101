package io.forgeline.warehouse.receiving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.contracts.supply.v1.PurchaseOrderChanged;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import io.forgeline.contracts.supply.v1.PurchaseOrderLine;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.Inbox;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Goods of a supplier that sends no ASN, received against the purchase order supply sent. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class PurchaseOrderReceiptTest {

    private static final String TOPIC = "supply.purchase-orders.v1";
    private static final String DATABASE = "forgeline_test_warehouse";

    private static PurchaseOrderLine line(int number, String item, String quantity, String status) {
        return PurchaseOrderLine.newBuilder().setLineNumber(number).setItemCode(item)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setStatus(status).build();
    }

    /** Publishes supply's event as supply does and waits until the warehouse applied it. */
    private static void applied(UUID id, byte[] payload, String type) {
        String ceId = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, id.toString(), payload, KafkaProbe.cloudEvent(ceId, type));
        Inbox.awaitProcessed(DATABASE, ceId, Eventually.EVENT_APPLIED);
    }

    private static void created(UUID id, String number, PurchaseOrderLine... lines) {
        applied(id, PurchaseOrderCreated.newBuilder().setPurchaseOrderId(id.toString()).setPurchaseOrderNumber(number)
                .setSupplierCode("NOASN").setRevision(1).addAllLines(List.of(lines)).build().toByteArray(), PurchaseOrderChanges.CREATED);
    }

    private static void changed(UUID id, String number, int revision, PurchaseOrderLine... lines) {
        applied(id, PurchaseOrderChanged.newBuilder().setPurchaseOrderId(id.toString()).setPurchaseOrderNumber(number)
                .setSupplierCode("NOASN").setRevision(revision).addAllLines(List.of(lines)).build().toByteArray(), PurchaseOrderChanges.CHANGED);
    }

    private static Response counted(String order, Map<String, Object> line) {
        return Dock.receive(Map.of("scan", Dock.newSscc().value(), "purchaseOrder", order, "lines", List.of(line)));
    }

    @Test
    void goods_on_no_asn_are_received_against_their_order_line_into_quarantine_and_scored_for_the_supplier() throws Exception {
        UUID id = UUID.randomUUID();
        String number = "PO-N" + id.toString().substring(0, 6);
        String item = "NOASN-" + id.toString().substring(0, 6).toUpperCase();
        created(id, number, line(1, item, "100", "CONFIRMED"), line(2, item + "-B", "50", "OPEN"));

        Response receipt = counted(number, Map.of("lineNumber", 1, "lot", "NA-7", "received", "60", "expiresOn", "2030-05-31"));

        receipt.then().statusCode(201).body("status", equalTo("QUARANTINE")).body("supplierCode", equalTo("NOASN"))
                .body("lines[0].itemCode", equalTo(item)).body("lines[0].lot", equalTo("NA-7"));
        GoodsReceived event = GoodsReceived.parseFrom(KafkaProbe.await("warehouse.goods-receipts.v1",
                r -> r.key().equals(receipt.path("id")), Eventually.EVENT_APPLIED).orElseThrow().value());
        assertThat(event.getAsnId()).isEmpty();
        assertThat(event.getUnplanned()).isFalse();
        assertThat(event.getSupplierCode()).isEqualTo("NOASN");
        assertThat(event.getLines(0).getPurchaseOrderId()).isEqualTo(id.toString());
        assertThat(event.getLines(0).getLineNumber()).isEqualTo(1);
        assertThat(event.getLines(0).getReceived().getAmount()).isEqualTo("60");
        assertThat(given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/ledger").then()
                .extract().jsonPath().<String>getList("movements.reference")).containsExactly(number);
    }

    @Test
    void a_line_the_order_does_not_have_or_another_item_is_refused_by_field() {
        UUID id = UUID.randomUUID();
        String number = "PO-N" + id.toString().substring(0, 6);
        created(id, number, line(1, "NOASN-X", "100", "CONFIRMED"), line(2, "NOASN-Y", "10", "CANCELLED"));
        counted(number, Map.of("lineNumber", 9, "lot", "L", "received", "1")).then().statusCode(400)
                .body("errors.field", hasItem("/lines/0/lineNumber")).body("detail", containsString(number + " has no line 9"));

        counted(number, Map.of("lineNumber", 1, "itemCode", "NOASN-Z", "lot", "L", "received", "1")).then().statusCode(400)
                .body("errors.field", hasItem("/lines/0/itemCode")).body("detail", containsString("orders NOASN-X"));
        counted(number, Map.of("lineNumber", 2, "lot", "L", "received", "1")).then().statusCode(400)
                .body("detail", containsString("is cancelled"));
        counted(number, Map.of("lineNumber", 1, "received", "1")).then().statusCode(400)
                .body("errors.field", hasItem("/lines/0/lot"));
    }

    @Test
    void the_latest_revision_counts_and_a_cancelled_order_takes_no_more_goods() {
        UUID id = UUID.randomUUID();
        String number = "PO-N" + id.toString().substring(0, 6);
        changed(id, number, 3, line(1, "NOASN-R", "100", "CONFIRMED"), line(2, "NOASN-S", "20", "OPEN"));
        // revision 1 arrives late: older news, line 2 stays
        created(id, number, line(1, "NOASN-R", "100", "OPEN"));
        counted(number, Map.of("lineNumber", 2, "lot", "S1", "received", "20")).then().statusCode(201);

        applied(id, PurchaseOrderCancelled.newBuilder().setPurchaseOrderId(id.toString()).setPurchaseOrderNumber(number).setSupplierCode("NOASN")
                .setReason("no longer needed").build().toByteArray(), PurchaseOrderChanges.CANCELLED);
        counted(number, Map.of("lineNumber", 1, "lot", "R1", "received", "5")).then().statusCode(422)
                .body("errors.field", hasItem("purchaseOrder")).body("detail", containsString("is cancelled"));
    }

    @Test
    void a_number_known_under_two_orders_receives_against_the_open_one() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String number = "PO-T" + first.toString().substring(0, 6);
        created(first, number, line(1, "NOASN-OLD", "10", "OPEN"));
        applied(first, PurchaseOrderCancelled.newBuilder().setPurchaseOrderId(first.toString()).setPurchaseOrderNumber(number)
                .setSupplierCode("NOASN").build().toByteArray(), PurchaseOrderChanges.CANCELLED);
        created(second, number, line(1, "NOASN-NEW", "10", "OPEN"));

        counted(number, Map.of("lineNumber", 1, "lot", "T1", "received", "10")).then().statusCode(201)
                .body("lines[0].itemCode", equalTo("NOASN-NEW")).body("lines[0].purchaseOrderId", equalTo(second.toString()));
    }
}
