package io.forgeline.supply.purchasing;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.acme;
import static io.forgeline.supply.SupplyTestData.acmeOrderWith;
import static io.forgeline.supply.SupplyTestData.answer;
import static io.forgeline.supply.SupplyTestData.cancelProductionOrder;
import static io.forgeline.supply.SupplyTestData.dockTime;
import static io.forgeline.supply.SupplyTestData.fresh;
import static io.forgeline.supply.SupplyTestData.freshWeek;
import static io.forgeline.supply.SupplyTestData.linesOf;
import static io.forgeline.supply.SupplyTestData.partnerOrderWith;
import static io.forgeline.supply.SupplyTestData.requisition;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Scheduling cancels a production order: the purchase order lines raised for it follow, as far as nobody has committed. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = PurchaseOrderConfirmationTest.DATABASE))
class PurchaseOrderCancellationTest {

    private static final String PURCHASE_ORDERS = "supply.purchase-orders.v1";
    private static final String CANCELLED = "io.forgeline.supply.purchase-order.cancelled.v1";

    @Test
    void a_purchase_order_the_supplier_has_not_confirmed_is_cancelled_with_its_production_order_and_announced() throws Exception {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        requisition("ACME", item, "40", dockTime(freshWeek()), productionOrder);
        String id = (String) acmeOrderWith(item).get("id");

        cancelProductionOrder(productionOrder);

        assertEquals("CANCELLED", acmeOrderWith(item).get("status"));
        answer(acme(), id, "{\"acceptAll\": true}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CANCELLED"));
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(PURCHASE_ORDERS,
                r -> id.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")), WAIT)
                .orElseThrow(() -> new AssertionError("no cancelled event for purchase order " + id));
        PurchaseOrderCancelled announced = PurchaseOrderCancelled.parseFrom(record.value());
        assertEquals(productionOrder, announced.getProductionOrderNumber());
        assertEquals("ACME", announced.getSupplierCode());
        assertEquals("production order " + productionOrder + " was cancelled", announced.getReason());
    }

    @Test
    void a_purchase_order_the_supplier_has_confirmed_stays_when_its_production_order_is_cancelled() {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        requisition("ACME", item, "40", dockTime(freshWeek()), productionOrder);
        String id = (String) acmeOrderWith(item).get("id");
        answer(acme(), id, "{\"acceptAll\": true}").statusCode(200);

        cancelProductionOrder(productionOrder);

        assertEquals("CONFIRMED", acmeOrderWith(item).get("status"));
        assertTrue(KafkaProbe.await(PURCHASE_ORDERS,
                r -> id.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(3))
                .isEmpty(), "a confirmed purchase order was announced cancelled");
    }

    @Test
    void a_shared_line_loses_only_the_cancelled_production_orders_quantity() {
        String item = fresh("T-CANC-");
        LocalDate week = freshWeek();
        String cancelled = fresh("MO-T");
        requisition("ACME", item, "40", dockTime(week), cancelled);
        requisition("ACME", item, "15", dockTime(week.plusDays(1)), fresh("MO-T"));
        assertEquals("55", linesOf(acmeOrderWith(item)).getFirst().get("quantity"));

        cancelProductionOrder(cancelled);

        Map<String, Object> order = acmeOrderWith(item);
        assertEquals("OPEN", order.get("status"));
        assertEquals("15", linesOf(order).getFirst().get("quantity"));
        assertEquals(3, order.get("revision"));
    }

    @Test
    void a_requisition_that_arrives_after_its_production_order_was_cancelled_opens_no_purchase_order() {
        String item = fresh("T-CANC-");
        String productionOrder = fresh("MO-T");
        cancelProductionOrder(productionOrder);

        requisition("ACME", item, "40", dockTime(freshWeek()), productionOrder);

        assertTrue(partnerOrderWith(acme(), item).isEmpty(), "a purchase order was opened for cancelled " + productionOrder);
    }

    @Test
    void the_cancellation_of_another_production_order_leaves_a_purchase_order_alone() {
        String item = fresh("T-CANC-");
        requisition("ACME", item, "40", dockTime(freshWeek()), fresh("MO-T"));

        cancelProductionOrder(fresh("MO-T"));

        assertEquals("OPEN", acmeOrderWith(item).get("status"));
    }
}
