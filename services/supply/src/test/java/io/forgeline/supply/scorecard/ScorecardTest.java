package io.forgeline.supply.scorecard;

import static io.forgeline.supply.SupplyTestData.PLANT;
import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.forgeline.supply.SupplyTestData.answer;
import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.buyerOrder;
import static io.forgeline.supply.SupplyTestData.globex;
import static io.forgeline.supply.SupplyTestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.supply.PartnerContract;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Warehouse's goods receipts make ASNs RECEIVED and fill the suppliers' scorecards; a fresh supplier of its own keeps
 * other tests' deliveries out of the figures.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class ScorecardTest {

    private static final String RECEIPTS = "warehouse.goods-receipts.v1";
    private static final LocalDate TODAY = LocalDate.now(PLANT);

    /** Onboards a supplier of its own; its system's calls are checked against the partner contract. */
    private static Supplier<RequestSpecification> freshSupplier(String code) {
        String secret = buyer().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"Scorecard Springs\",\"country\":\"DE\"}")
                .when().post("/api/supply/suppliers").then().statusCode(201).extract().path("client.clientSecret");
        String token = Tokens.client("supplier-" + code.toLowerCase(), secret);
        return () -> given().filter(PartnerContract.ANSWERS).auth().oauth2(token);
    }

    private static String sscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1_000_000_000L)).value();
    }

    private static ReceivedLine line(String orderId, String item, String announced, String received) {
        return ReceivedLine.newBuilder().setPurchaseOrderId(orderId).setLineNumber(1).setItemCode(item)
                .setAnnounced(Quantity.newBuilder().setAmount(announced).setUnit("PCE"))
                .setReceived(Quantity.newBuilder().setAmount(received).setUnit("PCE"))
                .setDamaged(Quantity.newBuilder().setAmount("0").setUnit("PCE")).build();
    }

    /** Warehouse reports a receipt, and supply's consumer group has handled it. */
    private static void received(String supplier, String asnId, String sscc, ReceivedLine line) {
        GoodsReceived receipt = GoodsReceived.newBuilder().setReceiptId(UUID.randomUUID().toString()).setSscc(sscc).setAsnId(asnId)
                .setSupplierCode(supplier).setReceivedAt(Instant.now().toString()).setReceivedBy("warehouse").addLines(line).build();
        String group = ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
        KafkaProbe.deliver(RECEIPTS, receipt.getReceiptId(), receipt.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), GoodsReceipts.RECEIVED), group, WAIT);
    }

    @Test
    void receipts_make_the_asn_received_and_fill_the_month_of_the_scorecard() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Supplier<RequestSpecification> supplier = freshSupplier(code);
        String item = item("T-SC-", Gtin.of(0, "4012345", String.format("%05d", ThreadLocalRandom.current().nextInt(100_000))).value());
        String onTimeOrder = buyerOrder(code, "500", TODAY, true, item).statusCode(201).extract().path("id");
        String earlyOrder = buyerOrder(code, "100", TODAY.plusDays(10), true, item).statusCode(201).extract().path("id");
        answer(supplier.get(), onTimeOrder, "{\"acceptAll\":true}").statusCode(200);
        answer(supplier.get(), earlyOrder, "{\"acceptAll\":true}").statusCode(200);
        String hook = supplier.get().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:9/hooks\",\"events\":[\"asn.received\"]}")
                .when().post("/partner/v1/webhooks").then().statusCode(201).extract().path("id");
        String first = sscc();
        String second = sscc();
        String asn = supplier.get().contentType(ContentType.JSON).body("{\"asnNumber\":\"A-" + code + "\",\"shipDate\":\"" + TODAY
                        + "\",\"expectedArrival\":\"" + Instant.now() + "\",\"carrier\":\"own truck\",\"handlingUnits\":["
                        + "{\"sscc\":\"" + first + "\",\"lines\":[{\"purchaseOrderId\":\"" + onTimeOrder + "\",\"lineNumber\":1,\"itemCode\":\""
                        + item + "\",\"quantity\":\"300\"}]},"
                        + "{\"sscc\":\"" + second + "\",\"lines\":[{\"purchaseOrderId\":\"" + onTimeOrder + "\",\"lineNumber\":1,\"itemCode\":\""
                        + item + "\",\"quantity\":\"200\"}]}]}")
                .when().post("/partner/v1/asns").then().statusCode(201).extract().path("id");

        received(code, asn, first, line(onTimeOrder, item, "300", "300"));
        supplier.get().when().get("/partner/v1/asns/{id}", asn).then().body("status", equalTo("OPEN")); // one handling unit is still out
        received(code, asn, second, line(onTimeOrder, item, "200", "190")); // ten short
        received(code, "", "", line(earlyOrder, item, "0", "100")); // no ASN, ten days before the day it was confirmed for

        supplier.get().when().get("/partner/v1/asns/{id}", asn).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receivedAt", notNullValue());
        assertTrue(KafkaProbe.await("supply.asns.v1", r -> asn.equals(r.key())
                && "io.forgeline.supply.asn.received.v1".equals(KafkaProbe.header(r, "ce_type")), WAIT).isPresent(), "asn.received published");
        Eventually.within(WAIT, () -> supplier.get().when().get("/partner/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                .extract().jsonPath().getList("eventType").contains("asn.received"), "asn.received queued for the supplier's endpoint");

        String month = YearMonth.from(TODAY).toString();
        supplier.get().queryParam("months", 3).when().get("/partner/v1/scorecard").then().statusCode(200)
                .body("supplierCode", equalTo(code))
                .body("months.size()", equalTo(3))
                .body("months[2].month", equalTo(month))
                .body("months[2].deliveries", equalTo(2))
                .body("months[2].onTimePercent", equalTo(50.0f))
                .body("months[2].quantityAccuracyPercent", equalTo(50.0f))
                .body("months[2].asnAccuracyPercent", equalTo(50.0f))
                .body("months[2].ppm", equalTo(0))
                .body("months[0].deliveries", equalTo(0));
        buyer().queryParam("supplierCode", code).when().get("/api/supply/scorecards").then().statusCode(200)
                .body("suppliers[0].supplierName", equalTo("Scorecard Springs"))
                .body("suppliers[0].months[-1].onTimePercent", equalTo(50.0f));
        buyer().when().get("/api/supply/scorecards").then().statusCode(200).body("suppliers.supplierCode", hasItem(code));
        supplier.get().queryParam("months", 25).when().get("/partner/v1/scorecard").then().statusCode(400)
                .body("errors[0].field", equalTo("months"));
        globex().when().get("/partner/v1/scorecard").then().statusCode(200)
                .body("supplierCode", equalTo("GLOBEX")).body("supplierCode", not(equalTo(code)));
    }
}
