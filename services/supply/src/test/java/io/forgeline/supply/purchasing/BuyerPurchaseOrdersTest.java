package io.forgeline.supply.purchasing;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.supply.v1.PurchaseOrderChanged;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Buyers create, change, send and cancel purchase orders; planners and quality engineers read them. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = PurchaseOrderConfirmationTest.DATABASE))
class BuyerPurchaseOrdersTest {

    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    private static final String CHANGED = "io.forgeline.supply.purchase-order.changed.v1";
    private static final LocalDate WANTED = LocalDate.now(ZoneOffset.UTC).plusDays(12);

    @Test
    void a_buyers_order_is_created_as_the_contract_says_and_sent_to_the_supplier_at_once() {
        String item = item("T-BUY-", null);

        String id = buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"" + item + "\",\"quantity\":\"500\",\"requestedDate\":\"" + WANTED + "\"}]}")
                .when().post("/api/supply/purchase-orders")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/supply/purchase-orders/[0-9a-f-]{36}"))
                .body("number", matchesPattern("PO-\\d{6}"))
                .body("status", equalTo("OPEN"))
                .body("lines[0].lineNumber", equalTo(1))
                .body("lines[0].itemCode", equalTo(item))
                .body("lines[0].quantity", equalTo("500"))
                .body("lines[0].requestedDate", equalTo(WANTED.toString()))
                .body("createdBy", equalTo("buyer"))
                .extract().path("id");

        UUID.fromString(id);
        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void a_change_to_a_sent_order_is_a_new_revision_the_supplier_sees_and_hears_of() throws Exception {
        String bearing = item("T-BUY-", null);
        String seal = item("T-BUY-", null);
        String id = buyerOrder("ACME", "500", WANTED, true, bearing).statusCode(201).extract().path("id");

        buyer().contentType(ContentType.JSON)
                .body("{\"lines\":[{\"lineNumber\":1,\"quantity\":\"600\"},{\"lineNumber\":2,\"itemCode\":\"" + seal
                        + "\",\"quantity\":\"20\",\"requestedDate\":\"" + WANTED.plusDays(1) + "\"}]}")
                .when().patch("/api/supply/purchase-orders/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("lines.quantity", equalTo(List.of("600", "20")));

        acme().when().get("/partner/v1/purchase-orders/{id}", id).then().body("revision", equalTo(2)).body("lines[1].itemCode", equalTo(seal));
        buyer().when().get("/api/supply/purchase-orders/{id}/revisions", id).then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].lines[0].quantity", equalTo("500"))
                .body("[1].change", startsWith("line 1: 500 on " + WANTED + " → 600 on " + WANTED));
        acme().when().get("/partner/v1/purchase-orders/{id}/revisions", id).then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].lines.quantity", equalTo(List.of("500")))
                .body("[1].change", startsWith("line 1: 500 on " + WANTED + " → 600 on " + WANTED))
                .body("[1].lines.itemCode", equalTo(List.of(bearing, seal)));
        globex().when().get("/partner/v1/purchase-orders/{id}/revisions", id).then().statusCode(404);
        var changed = KafkaProbe.await(PURCHASE_ORDERS, r -> id.equals(r.key()) && CHANGED.equals(KafkaProbe.header(r, "ce_type")), WAIT);
        assertTrue(changed.isPresent());
        PurchaseOrderChanged event = PurchaseOrderChanged.parseFrom(changed.get().value());
        assertEquals(2, event.getRevision());
        assertEquals(2, event.getLinesCount());
    }

    @Test
    void the_same_change_twice_is_one_revision() {
        String item = item("T-BUY-", null);
        String id = buyerOrder("ACME", "500", WANTED, true, item).statusCode(201).extract().path("id");
        String change = "{\"lines\":[{\"lineNumber\":1,\"requestedDate\":\"" + WANTED.plusDays(2) + "\"}]}";

        buyer().contentType(ContentType.JSON).body(change).when().patch("/api/supply/purchase-orders/{id}", id).then().body("revision", equalTo(2));
        buyer().contentType(ContentType.JSON).body(change).when().patch("/api/supply/purchase-orders/{id}", id).then().body("revision", equalTo(2));
    }

    @Test
    void bad_orders_are_refused_naming_the_field_and_nothing_is_written() {
        String item = item("T-BUY-", null);
        int before = total();

        buyer().contentType(ContentType.JSON).body("{\"supplierCode\":\"ACME\",\"lines\":[]}").when().post("/api/supply/purchase-orders")
                .then().statusCode(400).body("errors.field", hasItem("lines"));
        buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"" + item + "\",\"quantity\":\"0\",\"requestedDate\":\"" + WANTED + "\"}]}")
                .when().post("/api/supply/purchase-orders").then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"" + item + "\",\"quantity\":\"5\",\"requestedDate\":\"2020-01-01\"}]}")
                .when().post("/api/supply/purchase-orders").then().statusCode(400).body("errors.field", hasItem("lines[0].requestedDate"));
        buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"NOBODY\",\"lines\":[{\"itemCode\":\"" + item + "\",\"quantity\":\"5\",\"requestedDate\":\"" + WANTED + "\"}]}")
                .when().post("/api/supply/purchase-orders").then().statusCode(422).body("errors.field", hasItem("supplierCode"));
        buyer().contentType(ContentType.JSON)
                .body("{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"NO-SUCH-ITEM\",\"quantity\":\"5\",\"requestedDate\":\"" + WANTED + "\"}]}")
                .when().post("/api/supply/purchase-orders").then().statusCode(422).contentType("application/problem+json");

        assertEquals(before, total());
    }

    @Test
    void a_cancelled_order_cannot_be_cancelled_or_changed_again() {
        String item = item("T-BUY-", null);
        String id = buyerOrder("ACME", "5", WANTED, true, item).statusCode(201).extract().path("id");
        buyer().contentType(ContentType.JSON).body("{\"reason\":\"the customer withdrew\"}")
                .when().post("/api/supply/purchase-orders/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        buyer().when().post("/api/supply/purchase-orders/{id}/cancel", id).then().statusCode(409).contentType("application/problem+json");
        buyer().contentType(ContentType.JSON).body("{\"lines\":[{\"lineNumber\":1,\"quantity\":\"6\"}]}")
                .when().patch("/api/supply/purchase-orders/{id}", id).then().statusCode(409);
        buyer().when().get("/api/supply/purchase-orders/{id}/revisions", id).then()
                .body("[1].change", equalTo("cancelled: the customer withdrew"));
    }

    @Test
    void planners_and_quality_engineers_read_but_do_not_write_and_suppliers_use_their_own_api() {
        String item = item("T-BUY-", null);
        String id = buyerOrder("ACME", "5", WANTED, true, item).statusCode(201).extract().path("id");

        for (String reader : List.of("planner", "quality", "admin")) {
            given().auth().oauth2(Tokens.user(reader)).when().get("/api/supply/purchase-orders/{id}", id).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/supply/purchase-orders").then().statusCode(403).contentType("application/problem+json");
        acme().when().get("/api/supply/purchase-orders/{id}", id).then().statusCode(403);
        given().when().get("/api/supply/purchase-orders").then().statusCode(401);
    }

    private static int total() {
        return Integer.parseInt(buyer().when().get("/api/supply/purchase-orders?size=1").then().statusCode(200).extract().header("X-Total-Count"));
    }
}
