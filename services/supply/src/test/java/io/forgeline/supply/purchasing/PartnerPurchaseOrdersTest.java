package io.forgeline.supply.purchasing;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.acmeOrderWith;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.dockTime;
import static io.forgeline.supply.SupplyTestData.fresh;
import static io.forgeline.supply.SupplyTestData.freshWeek;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.forgeline.supply.SupplyTestData.linesOf;
import static io.forgeline.supply.SupplyTestData.partnerOrderWith;
import static io.forgeline.supply.SupplyTestData.requisition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.contracts.supply.v1.PurchaseOrderChanged;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Requisitions become purchase orders a supplier reads through the partner API, and only the supplier they are for. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class PartnerPurchaseOrdersTest {

    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    /** The literal api-contracts types: the topic carries changes, confirmations and cancellations too. */
    private static final String CREATED = "io.forgeline.supply.purchase-order.created.v1";
    private static final String CHANGED = "io.forgeline.supply.purchase-order.changed.v1";

    @Test
    void a_requisition_becomes_a_purchase_order_the_supplier_can_read_with_its_lines() throws Exception {
        // the item master keeps a GTIN-13; the supplier reads it in its 14-digit form, as in AI (01)
        String item = item("T-PO-", "4012345000016");
        LocalDate week = freshWeek();
        String productionOrder = fresh("MO-T");
        requisition("ACME", item, "42", dockTime(week.plusDays(1)), productionOrder);

        Map<String, Object> order = acmeOrderWith(item);
        assertTrue(((String) order.get("number")).matches("PO-\\d{6}"), (String) order.get("number"));
        assertEquals("OPEN", order.get("status"));
        assertEquals(1, order.get("revision"));
        Map<String, Object> line = linesOf(order).getFirst();
        assertEquals(1, line.get("lineNumber"));
        assertEquals("42", line.get("quantity"));
        assertEquals("PCE", line.get("unit"));
        assertEquals("04012345000016", line.get("gtin"));
        assertEquals("test item " + item, line.get("itemDescription"));
        assertEquals(week.plusDays(1).toString(), line.get("requestedDate"));
        assertEquals("1000", line.get("deliveryPlant"));
        assertTrue(!line.containsKey("demands"), "which production orders a line covers is ours: " + line);
        String id = (String) order.get("id");

        var created = KafkaProbe.await(PURCHASE_ORDERS, r -> id.equals(r.key()) && CREATED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertTrue(created.isPresent(), "purchase-order created event for " + productionOrder);
        PurchaseOrderCreated event = PurchaseOrderCreated.parseFrom(created.get().value());
        assertEquals(item, event.getLines(0).getItemCode());
        assertEquals("42", event.getLines(0).getQuantity().getAmount());
        assertEquals(item, event.getItemCode());
    }

    @Test
    void requisitions_of_one_supplier_and_week_are_collected_on_one_order_rounded_to_its_terms() throws Exception {
        String bearing = item("T-PO-", null);
        String shaft = item("T-PO-", null);
        buyer().contentType("application/json")
                .body("{\"supplierItemNumber\":\"AC-77\",\"minimumOrderQuantity\":\"100\",\"orderMultiple\":\"25\"}")
                .when().put("/api/supply/suppliers/ACME/items/{item}", bearing).then().statusCode(200);
        LocalDate week = freshWeek();
        requisition("ACME", bearing, "60", dockTime(week.plusDays(3)), fresh("MO-T"));
        String id = (String) acmeOrderWith(bearing).get("id");

        requisition("ACME", bearing, "50", dockTime(week.plusDays(1)), fresh("MO-T"));
        requisition("ACME", shaft, "7", dockTime(week.plusDays(4)), fresh("MO-T"));
        requisition("ACME", shaft, "1", dockTime(week.plusDays(9)), fresh("MO-T"));

        Map<String, Object> order = acmeOrderWith(bearing);
        assertEquals(id, order.get("id"), "the same week's requisitions join the order");
        List<Map<String, Object>> lines = linesOf(order);
        assertEquals(2, lines.size(), "a line per item: " + lines);
        assertEquals("125", lines.get(0).get("quantity"), "60 + 50 = 110: at least 100, in 25s");
        assertEquals("AC-77", lines.get(0).get("supplierItemNumber"));
        assertEquals(week.plusDays(1).toString(), lines.get(0).get("requestedDate"), "the earliest need");
        assertEquals(shaft, lines.get(1).get("itemCode"));
        assertEquals("7", lines.get(1).get("quantity"));
        assertEquals(3, order.get("revision"), "two changes after it was sent");
        Map<String, Object> nextWeek = partnerOrderWithOtherId(shaft, id);
        assertTrue(nextWeek != null, "a need in another week starts another order");
        assertEquals("1", linesOf(nextWeek).getFirst().get("quantity"));

        var changed = KafkaProbe.await(PURCHASE_ORDERS, r -> id.equals(r.key()) && CHANGED.equals(KafkaProbe.header(r, "ce_type"))
                && revisionOf(r.value()) == 3, WAIT);
        assertTrue(changed.isPresent(), "the supplier hears of revision 3");
    }

    private static Map<String, Object> partnerOrderWithOtherId(String item, String notThis) {
        List<Map<String, Object>> orders = acme().when().get("/partner/v1/purchase-orders?size=200").then().statusCode(200)
                .extract().jsonPath().getList("");
        return orders.stream().filter(o -> !notThis.equals(o.get("id")))
                .filter(o -> linesOf(o).stream().anyMatch(l -> item.equals(l.get("itemCode")))).findFirst().orElse(null);
    }

    private static int revisionOf(byte[] value) {
        try {
            return PurchaseOrderChanged.parseFrom(value).getRevision();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void a_supplier_sees_only_its_own_purchase_orders_and_another_ones_id_is_not_found() {
        String item = item("T-PO-", null);
        LocalDate wanted = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        String globexOrder = buyerOrder("GLOBEX", "777", wanted, true, item).statusCode(201).extract().path("id");
        String acmeOrder = buyerOrder("ACME", "31", wanted, true, item).statusCode(201).extract().path("id");

        List<String> suppliers = acme().when().get("/partner/v1/purchase-orders?size=200").then().statusCode(200)
                .extract().jsonPath().getList("supplierCode");
        assertTrue(suppliers.stream().allMatch("ACME"::equals), "only ACME orders, got " + suppliers);
        assertEquals(acmeOrder, partnerOrderWith(acme(), item).orElseThrow().get("id"));
        assertEquals(globexOrder, partnerOrderWith(globex(), item).orElseThrow().get("id"));

        String refusal = acme().when().get("/partner/v1/purchase-orders/{id}", globexOrder).then().statusCode(404)
                .contentType("application/problem+json").extract().path("detail");
        String unknown = UUID.randomUUID().toString();
        acme().when().get("/partner/v1/purchase-orders/{id}", unknown).then().statusCode(404)
                .body("detail", equalTo(refusal.replace(globexOrder, unknown)));
        globex().when().get("/partner/v1/purchase-orders/{id}", acmeOrder).then().statusCode(404);
    }

    @Test
    void a_buyers_draft_is_not_the_suppliers_to_see_until_it_is_sent() {
        String item = item("T-PO-", null);
        String draft = buyerOrder("ACME", "12", LocalDate.now(ZoneOffset.UTC).plusDays(20), false, item).statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");

        acme().when().get("/partner/v1/purchase-orders/{id}", draft).then().statusCode(404);
        assertTrue(partnerOrderWith(acme(), item).isEmpty());

        buyer().when().post("/api/supply/purchase-orders/{id}/send", draft).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        acme().when().get("/partner/v1/purchase-orders/{id}", draft).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void the_list_pages_and_filters_by_status_and_by_what_changed_since() {
        String item = item("T-PO-", null);
        LocalDate wanted = LocalDate.now(ZoneOffset.UTC).plusDays(25);
        Instant before = Instant.now().minusMillis(5);
        String first = buyerOrder("ACME", "1", wanted, true, item).statusCode(201).extract().path("id");
        String second = buyerOrder("ACME", "2", wanted, true, item).statusCode(201).extract().path("id");
        buyer().when().post("/api/supply/purchase-orders/{id}/cancel", first).then().statusCode(200);

        Response page = acme().when().get("/partner/v1/purchase-orders?changedSince={since}&size=1", before.toString());
        page.then().statusCode(200).header("X-Total-Count", "2").header("Link", org.hamcrest.Matchers.containsString("page=1"));
        assertEquals(List.of(second), page.jsonPath().getList("id"), "the order changed longest ago comes first");
        acme().when().get("/partner/v1/purchase-orders?changedSince={since}&size=1&page=1", before.toString()).then().statusCode(200)
                .body("id", equalTo(List.of(first))).header("Link", nullValue());
        acme().when().get("/partner/v1/purchase-orders?changedSince={since}&status=CANCELLED", before.toString()).then().statusCode(200)
                .body("id", equalTo(List.of(first)));

        acme().when().get("/partner/v1/purchase-orders?status=LOST").then().statusCode(400).body("errors.field", hasItem("status"));
        acme().when().get("/partner/v1/purchase-orders?changedSince=yesterday").then().statusCode(400)
                .body("errors.field", hasItem("changedSince"));
        acme().when().get("/partner/v1/purchase-orders?size=1000").then().statusCode(400).body("errors.field", hasItem("size"));
        acme().when().get("/partner/v1/purchase-orders?page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void our_own_staff_do_not_use_the_partner_api() {
        given().auth().oauth2(Tokens.user("planner")).when().get("/partner/v1/purchase-orders")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("buyer")).when().get("/partner/v1/purchase-orders")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/partner/v1/purchase-orders")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_supplier_user_reads_the_orders_of_the_supplier_it_works_for() {
        String item = item("T-PO-", null);
        String id = buyerOrder("ACME", "3", LocalDate.now(ZoneOffset.UTC).plusDays(20), true, item).statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.user("acme")).when().get("/partner/v1/purchase-orders/{id}", id)
                .then().statusCode(200).body("supplierCode", equalTo("ACME")).body("lines[0].itemCode", equalTo(item))
                .body("$", not(org.hamcrest.Matchers.hasKey("createdBy")));
    }

    @Test
    void a_requisition_for_an_unknown_supplier_is_parked_on_the_dead_letter_topic() {
        String productionOrder = fresh("MO-T");
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder().setRequisitionId(UUID.randomUUID().toString())
                .setItemCode("BEARING-6204").setQuantity(Quantity.newBuilder().setAmount("5").setUnit("PCE"))
                .setNeedDate("2030-02-01T00:00:00Z").setProductionOrderNumber(productionOrder).setSupplierCode("NOBODY").build();
        KafkaProbe.send("scheduling.purchase-requisitions.v1", "BEARING-6204", event.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.scheduling.purchase-requisition.raised.v1"));

        assertTrue(KafkaProbe.await(KafkaProbe.deadLetterTopic(), r -> {
            try {
                return PurchaseRequisitionRaised.parseFrom(r.value()).getProductionOrderNumber().equals(productionOrder);
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30)).isPresent());
    }
}
