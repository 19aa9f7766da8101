package io.forgeline.quality.arrivals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationPaused;
import io.forgeline.contracts.execution.v1.QuantityReported;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.quality.inspectionplan.PlannedItems;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Goods receipts and finished lots arriving in quarantine open their inspection lots, once each. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class ArrivalsTest {

    private static String sscc() {
        return Sscc.of(3, "4012345", ThreadLocalRandom.current().nextLong(1, 999_999_999)).value();
    }

    private static Quantity pieces(String amount) {
        return Quantity.newBuilder().setAmount(amount).setUnit("PCE").build();
    }

    private static GoodsReceived receipt(String sscc, String supplierLot, ReceivedLine... lines) {
        GoodsReceived.Builder receipt = GoodsReceived.newBuilder().setReceiptId(UUID.randomUUID().toString()).setSscc(sscc)
                .setSupplierCode("ACME").setReceivedAt(Instant.now().toString()).setReceivedBy("clerk");
        for (ReceivedLine line : lines) {
            receipt.addLines(line);
        }
        return receipt.build();
    }

    private static ReceivedLine line(String item, String lot, String received, String damaged) {
        return ReceivedLine.newBuilder().setItemCode(item).setLot(lot).setAnnounced(pieces(received)).setReceived(pieces(received))
                .setDamaged(pieces(damaged)).build();
    }

    /** Sends as warehouse's outbox relay would, and waits until quality has handled it. */
    private static void deliver(String topic, String key, byte[] payload, String type) {
        KafkaProbe.deliver(topic, key, payload, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type),
                ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class), Eventually.EVENT_APPLIED);
    }

    private static ValidatableResponse scanned(String scan) {
        return given().auth().oauth2(Tokens.user("inspector")).queryParam("scan", scan).when().get("/api/quality/inspection-lots").then().statusCode(200);
    }

    @Test
    void a_receipt_opens_one_incoming_lot_per_item_lot_of_what_went_into_quarantine() {
        String pallet = sscc();
        String supplierLot = "ACME-" + UUID.randomUUID().toString().substring(0, 6);
        GoodsReceived receipt = receipt(pallet, supplierLot, line("BEARING-6204", supplierLot, "300", "20"), line("BEARING-6204", supplierLot, "200", "0"));
        deliver("warehouse.goods-receipts.v1", receipt.getReceiptId(), receipt.toByteArray(), GoodsReceipts.RECEIVED);
        // the same receipt again, as a relay that died before committing its offset would send it
        deliver("warehouse.goods-receipts.v1", receipt.getReceiptId(), receipt.toByteArray(), GoodsReceipts.RECEIVED);

        scanned(pallet).body("lots", hasSize(1))
                .body("lots[0].origin", equalTo("RECEIPT")).body("lots[0].type", equalTo("INCOMING"))
                .body("lots[0].supplierCode", equalTo("ACME")).body("lots[0].lot", equalTo(supplierLot))
                .body("lots[0].lotSize", equalTo("480")).body("lots[0].openedBy", equalTo("clerk"))
                .body("lots[0].sampleSize", equalTo(50)); // 480 at level II: H, 50 units
    }

    @Test
    void an_item_no_plan_inspects_is_released_on_arrival() {
        String pallet = sscc();
        GoodsReceived receipt = receipt(pallet, "S-1", line("SHAFT-01", "S-1", "30", "0"));
        deliver("warehouse.goods-receipts.v1", receipt.getReceiptId(), receipt.toByteArray(), GoodsReceipts.RECEIVED);

        UsageDecisionMade decision = KafkaProbe.await("quality.usage-decisions.v1",
                        record -> parse(record.value()).getHandlingUnitsList().contains(pallet), Eventually.EVENT_APPLIED)
                .map(record -> parse(record.value())).orElseThrow(() -> new AssertionError("no release of " + pallet));
        assertEquals(UsageAction.RELEASE, decision.getDispositions(0).getAction());
        assertEquals("30", decision.getDispositions(0).getQuantity().getAmount());
        assertEquals("quality", decision.getDecidedBy());
        given().auth().oauth2(Tokens.user("quality")).queryParam("status", "DECIDED").queryParam("itemCode", "SHAFT-01")
                .when().get("/api/quality/inspection-lots").then().statusCode(200)
                .body("lots.find { it.id == '" + decision.getInspectionLotId() + "' }.decision.comment", equalTo("no incoming inspection plan"));
    }

    @Test
    void a_finished_lot_of_an_item_with_a_final_plan_opens_a_final_inspection() {
        String lot = "FG-" + UUID.randomUUID().toString().substring(0, 8);
        ProductionOutputReported output = ProductionOutputReported.newBuilder().setOutputId(UUID.randomUUID().toString())
                .setOrderId(UUID.randomUUID().toString()).setOrderNumber("MO-T1").setOperationSequence(30).setWorkCenterCode("ASM-01")
                .setItemCode("GEARBOX-A").setLot(lot).setQuantity(pieces("50")).setReportedAt(Instant.now().toString())
                .setReportedBy("operator").build();
        deliver("execution.production-output.v1", output.getOrderId(), output.toByteArray(), ProductionOutputs.REPORTED);

        scanned(lot).body("lots", hasSize(1)).body("lots[0].type", equalTo("FINAL")).body("lots[0].origin", equalTo("PRODUCTION"))
                .body("lots[0].planCode", equalTo("IP-GEARBOX-A-FIN"))
                .body("lots[0].characteristics.find { it.code == 'LEAK' }.defectClass", equalTo("CRITICAL"));
    }

    @Test
    void an_operation_an_in_process_plan_flags_opens_an_in_process_lot_once() {
        String item = PlannedItems.newItem("SHAFT-MACHINED");
        PlannedItems.planned("IP-" + item + "-OP20", """
                {"itemCode":"%s","inspectionType":"IN_PROCESS","operationSequence":20,"aql":"1.0","inspectionLevel":"II",
                 "characteristics":[{"code":"BURR","description":"Burr after turning","sampling":"FULL"}]}""".formatted(item));
        String order = "MO-" + UUID.randomUUID().toString().substring(0, 6);
        OperationCompleted.Builder completed = OperationCompleted.newBuilder().setOrderId(UUID.randomUUID().toString()).setOrderNumber(order)
                .setWorkCenterCode("CNC-01").setCompletedAt(Instant.now().toString()).setCompletedBy("operator")
                .setGoodQuantity(pieces("40")).setItemCode(item);

        deliver("execution.operation-progress.v1", completed.getOrderId(), completed.setOperationSequence(10).build().toByteArray(),
                OperationCompletions.COMPLETED);
        deliver("execution.operation-progress.v1", completed.getOrderId(), completed.setOperationSequence(20).build().toByteArray(),
                OperationCompletions.COMPLETED);
        deliver("execution.operation-progress.v1", completed.getOrderId(), completed.setOperationSequence(20).build().toByteArray(),
                OperationCompletions.COMPLETED);

        String lot = scanned(order).body("lots", hasSize(1)).body("lots[0].type", equalTo("IN_PROCESS"))
                .body("lots[0].lotSize", equalTo("40")).body("lots[0].planCode", equalTo("IP-" + item + "-OP20"))
                .body("lots[0].sampleSize", equalTo(40)).extract().path("lots[0].id");

        // work in progress lies on the shop floor: a rejection opens an NCR but asks warehouse to book nothing
        given().auth().oauth2(Tokens.user("inspector")).contentType("application/json")
                .body("{\"characteristic\":\"BURR\",\"nonconforming\":1}").when().post("/api/quality/inspection-lots/" + lot + "/results")
                .then().statusCode(201).body("decision.outcome", equalTo("REJECTED"));
        given().auth().oauth2(Tokens.user("quality")).queryParam("itemCode", item).when().get("/api/quality/nonconformances")
                .then().statusCode(200).body("", hasSize(1)).body("[0].lot", equalTo(order));
        assertEquals(java.util.Optional.empty(), KafkaProbe.await("quality.usage-decisions.v1", record -> lot.equals(record.key()),
                java.time.Duration.ofSeconds(3)).map(record -> "a usage decision"));
    }

    @Test
    void pauses_and_quantity_reports_pass_by_and_only_the_completion_opens_the_in_process_lot() {
        String item = PlannedItems.newItem("SHAFT-PAUSED");
        PlannedItems.planned("IP-" + item + "-OP10", """
                {"itemCode":"%s","inspectionType":"IN_PROCESS","operationSequence":10,"aql":"1.0","inspectionLevel":"II",
                 "characteristics":[{"code":"BURR","description":"Burr after turning","sampling":"FULL"}]}""".formatted(item));
        String orderId = UUID.randomUUID().toString();
        String order = "MO-" + UUID.randomUUID().toString().substring(0, 6);
        OperationPaused paused = OperationPaused.newBuilder().setOrderId(orderId).setOrderNumber(order).setOperationSequence(10)
                .setWorkCenterCode("CNC-01").setReasonCode("BREAK").setPausedAt(Instant.now().toString()).setPausedBy("operator").build();
        QuantityReported reported = QuantityReported.newBuilder().setReportId(UUID.randomUUID().toString()).setOrderId(orderId)
                .setOrderNumber(order).setOperationSequence(10).setWorkCenterCode("CNC-01").setItemCode(item).setGoodQuantity(pieces("5"))
                .setScrapQuantity(pieces("1")).setScrapReasonCode("SURFACE").setReportedAt(Instant.now().toString()).setReportedBy("operator")
                .build();

        deliver("execution.operation-progress.v1", orderId, paused.toByteArray(), "io.forgeline.execution.operation.paused.v1");
        deliver("execution.operation-progress.v1", orderId, reported.toByteArray(), "io.forgeline.execution.quantity-reported.v1");
        scanned(order).body("lots", hasSize(0));
        deliver("execution.operation-progress.v1", orderId, OperationCompleted.newBuilder().setOrderId(orderId).setOrderNumber(order)
                .setOperationSequence(10).setWorkCenterCode("CNC-01").setCompletedAt(Instant.now().toString()).setCompletedBy("operator")
                .setGoodQuantity(pieces("45")).setScrapQuantity(pieces("1")).setItemCode(item).build().toByteArray(), OperationCompletions.COMPLETED);

        scanned(order).body("lots", hasSize(1)).body("lots[0].lotSize", equalTo("45"));
        assertEquals(java.util.List.of(), KafkaProbe.all(KafkaProbe.deadLetterTopic()).stream().filter(r -> orderId.equals(r.key())).toList(),
                "no progress event of the order was parked");
    }

    private static UsageDecisionMade parse(byte[] value) {
        try {
            return UsageDecisionMade.parseFrom(value);
        } catch (InvalidProtocolBufferException e) {
            return UsageDecisionMade.getDefaultInstance();
        }
    }
}
