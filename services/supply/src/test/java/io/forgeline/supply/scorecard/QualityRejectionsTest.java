package io.forgeline.supply.scorecard;

import static io.forgeline.supply.SupplyTestData.PLANT;
import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.fresh;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.supply.SupplyTestData;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Quality's usage decisions on a supplier's incoming lots make its scorecard's PPM: rejected per million accepted
 * (received less damaged). Every test has a supplier of its own, so its month holds only the test's deliveries; the
 * receipts and decisions come on the real topics, as warehouse and quality publish them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class QualityRejectionsTest {

    private static final String RECEIPTS = "warehouse.goods-receipts.v1";
    private static final String DECISIONS = "quality.usage-decisions.v1";
    private static final LocalDate TODAY = LocalDate.now(PLANT);

    /** A supplier of the test's own, with a sent order for 100 of a fresh item due today. */
    private record Order(String supplier, String id, String item) {

        static Order fresh100() {
            String supplier = fresh("Q");
            buyer().contentType(ContentType.JSON).body("{\"code\":\"" + supplier + "\",\"name\":\"Rejected Rivets\",\"country\":\"DE\"}")
                    .when().post("/api/supply/suppliers").then().statusCode(201);
            String item = SupplyTestData.item("T-PPM-", null);
            return new Order(supplier, buyerOrder(supplier, "100", TODAY, true, item).statusCode(201).extract().path("id"), item);
        }

        Order another() {
            return new Order(supplier, buyerOrder(supplier, "100", TODAY, true, item).statusCode(201).extract().path("id"), item);
        }
    }

    private static Quantity pieces(String amount) {
        return Quantity.newBuilder().setAmount(amount).setUnit("PCE").build();
    }

    private static ReceivedLine line(Order order, String lot, String received, String damaged) {
        return ReceivedLine.newBuilder().setPurchaseOrderId(order.id()).setLineNumber(1).setItemCode(order.item()).setLot(lot)
                .setAnnounced(pieces("0")).setReceived(pieces(received)).setDamaged(pieces(damaged)).build();
    }

    /** Warehouse reports a goods receipt of these lines, and supply's consumer group has handled it. */
    private static void received(String receiptId, Order order, ReceivedLine... lines) {
        GoodsReceived.Builder receipt = GoodsReceived.newBuilder().setReceiptId(receiptId).setSupplierCode(order.supplier())
                .setReceivedAt(Instant.now().toString()).setReceivedBy("warehouse").setUnplanned(true).setReason("no ASN");
        for (ReceivedLine line : lines) {
            receipt.addLines(line);
        }
        deliver(RECEIPTS, receiptId, receipt.build().toByteArray(), GoodsReceipts.RECEIVED);
    }

    private static UsageDecisionMade decision(String supplier, String receiptId, String item, String lot, Disposition... dispositions) {
        UsageDecisionMade.Builder decision = UsageDecisionMade.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setInspectionLotId(UUID.randomUUID().toString()).setInspectionLotNumber(fresh("IL-")).setItemCode(item).setLot(lot)
                .setSupplierCode(supplier).setDecidedAt(Instant.now().toString()).setDecidedBy("inspector").setReceiptId(receiptId);
        for (Disposition disposition : dispositions) {
            decision.addDispositions(disposition);
        }
        return decision.build();
    }

    private static Disposition disposition(UsageAction action, String quantity) {
        return Disposition.newBuilder().setAction(action).setQuantity(pieces(quantity)).setReason("test").build();
    }

    /** Quality publishes the decision (each call a new event id), and supply's consumer group has handled it. */
    private static void decided(UsageDecisionMade decision) {
        deliver(DECISIONS, decision.getInspectionLotId(), decision.toByteArray(), UsageDecisions.MADE);
    }

    private static void deliver(String topic, String key, byte[] payload, String type) {
        String group = ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
        KafkaProbe.deliver(topic, key, payload, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type), group, WAIT);
    }

    /** This month of the supplier's scorecard, as buyers read it. */
    private static ValidatableResponse thisMonth(String supplier) {
        return buyer().queryParam("supplierCode", supplier).queryParam("months", 1).when().get("/api/supply/scorecards").then()
                .statusCode(200)
                .body("suppliers[0].supplierCode", equalTo(supplier))
                .body("suppliers[0].months[0].month", equalTo(YearMonth.from(TODAY).toString()));
    }

    @Test
    void blocking_5_of_100_accepted_makes_50000_ppm() {
        Order order = Order.fresh100();
        String receipt = UUID.randomUUID().toString();
        received(receipt, order, line(order, "L-1", "104", "4")); // 4 refused at the dock as damaged: 100 accepted
        thisMonth(order.supplier()).body("suppliers[0].months[0].ppm", equalTo(0));

        decided(decision(order.supplier(), receipt, order.item(), "L-1",
                disposition(UsageAction.RELEASE, "95"), disposition(UsageAction.BLOCK, "5")));

        // 5 × 1 000 000 / (104 − 4); against the 104 received it would be 48 077
        thisMonth(order.supplier()).body("suppliers[0].months[0].deliveries", equalTo(1))
                .body("suppliers[0].months[0].ppm", equalTo(50_000));
    }

    @Test
    void the_same_decision_arriving_twice_is_charged_once() {
        Order order = Order.fresh100();
        String receipt = UUID.randomUUID().toString();
        received(receipt, order, line(order, "L-2", "100", "0"));
        UsageDecisionMade decision = decision(order.supplier(), receipt, order.item(), "L-2",
                disposition(UsageAction.RELEASE, "95"), disposition(UsageAction.BLOCK, "5"));

        decided(decision);
        decided(decision); // quality's relay sent it again: another event id, the same decision id

        thisMonth(order.supplier()).body("suppliers[0].months[0].ppm", equalTo(50_000));
    }

    @Test
    void a_decision_that_releases_the_whole_lot_rejects_nothing() {
        Order order = Order.fresh100();
        String receipt = UUID.randomUUID().toString();
        received(receipt, order, line(order, "L-3", "100", "0"));

        decided(decision(order.supplier(), receipt, order.item(), "L-3", disposition(UsageAction.RELEASE, "100")));

        thisMonth(order.supplier()).body("suppliers[0].months[0].deliveries", equalTo(1))
                .body("suppliers[0].months[0].ppm", equalTo(0));
    }

    @Test
    void a_decision_that_comes_before_its_receipt_counts_once_the_receipt_comes() {
        Order order = Order.fresh100();
        String receipt = UUID.randomUUID().toString();

        decided(decision(order.supplier(), receipt, order.item(), "L-4",
                disposition(UsageAction.SCRAP, "3"), disposition(UsageAction.RETURN_TO_SUPPLIER, "2"), disposition(UsageAction.RELEASE, "95")));
        thisMonth(order.supplier()).body("suppliers[0].months[0].deliveries", equalTo(0))
                .body("suppliers[0].months[0].ppm", nullValue());

        received(receipt, order, line(order, "L-4", "100", "0"));

        thisMonth(order.supplier()).body("suppliers[0].months[0].deliveries", equalTo(1))
                .body("suppliers[0].months[0].ppm", equalTo(50_000));
    }

    @Test
    void a_decision_without_a_supplier_is_ignored() {
        Order order = Order.fresh100();
        String receipt = UUID.randomUUID().toString();
        received(receipt, order, line(order, "L-5", "100", "0"));

        decided(decision("", receipt, order.item(), "L-5", disposition(UsageAction.SCRAP, "10"), disposition(UsageAction.RELEASE, "90")));

        thisMonth(order.supplier()).body("suppliers[0].months[0].ppm", equalTo(0));
    }

    @Test
    void a_lot_on_two_order_lines_is_charged_to_both_never_beyond_what_each_put_into_stock() {
        Order first = Order.fresh100();
        Order second = first.another();
        String receipt = UUID.randomUUID().toString();
        received(receipt, first, line(first, "L-6", "60", "0"), line(second, "L-6", "40", "0"));

        // 120 rejected of the 100 the receipt put into stock: 60 on the first line, 40 on the second, 20 on nobody
        decided(decision(first.supplier(), receipt, first.item(), "L-6",
                disposition(UsageAction.BLOCK, "60"), disposition(UsageAction.SCRAP, "60")));

        thisMonth(first.supplier()).body("suppliers[0].months[0].deliveries", equalTo(2))
                .body("suppliers[0].months[0].ppm", equalTo(1_000_000));
    }
}
