package io.forgeline.warehouse.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finished lots off an order's last operation become stock at that work center's staging bin, once. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class OutputTest {

    private static String newItem(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static ProductionOutputReported output(String item, String workCenter, String quantity) {
        return ProductionOutputReported.newBuilder().setOutputId(UUID.randomUUID().toString()).setOrderId(UUID.randomUUID().toString())
                .setOrderNumber("MO-F1").setOperationSequence(30).setWorkCenterCode(workCenter).setItemCode(item).setLot("F-" + item)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setExpiresOn("2031-03-31")
                .setReportedAt(Instant.now().toString()).setReportedBy("operator").build();
    }

    private static void publish(ProductionOutputReported output, String ceId) {
        KafkaProbe.send("execution.production-output.v1", output.getOrderId(), output.toByteArray(), KafkaProbe.cloudEvent(ceId, Outputs.REPORTED));
    }

    private static JsonPath stock(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/stock")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> ledger(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/ledger")
                .then().statusCode(200).extract().jsonPath().getList("movements");
    }

    @Test
    void a_finished_lot_quality_inspects_waits_in_quarantine_at_the_staging_bin_and_is_received_once() {
        String item = newItem(QualityStandIn.INSPECTED);
        ProductionOutputReported output = output(item, "TST-01", "25");
        String ceId = UUID.randomUUID().toString();
        publish(output, ceId);
        Eventually.within(Eventually.EVENT_APPLIED, () -> !ledger(item).isEmpty(), "the output received");

        JsonPath stock = stock(item);
        assertThat(stock.getString("lots[0].lot")).isEqualTo("F-" + item);
        assertThat(stock.getString("lots[0].location")).isEqualTo("ST-TST-01");
        assertThat(stock.getString("lots[0].status")).isEqualTo("QUARANTINE");
        assertThat(stock.getString("lots[0].quantity.amount")).isEqualTo("25");
        assertThat(stock.getString("lots[0].expiresOn")).isEqualTo("2031-03-31");
        assertThat(ledger(item)).singleElement().satisfies(movement -> assertThat(movement)
                .containsEntry("type", "PRODUCTION_RECEIPT").containsEntry("location", "ST-TST-01")
                .containsEntry("reference", "MO-F1 op 30").containsEntry("actor", "operator"));

        // delivered again (a broker redelivery), then another output of the lot: the first is received once
        publish(output, ceId);
        publish(output(item, "TST-01", "5").toBuilder().setLot("F-" + item).build(), UUID.randomUUID().toString());
        Eventually.within(Eventually.EVENT_APPLIED, () -> ledger(item).size() == 2, "the next output received");
        assertThat(ledger(item)).hasSize(2);
        assertThat(stock(item).getString("lots[0].quantity.amount")).isEqualTo("30");
    }

    @Test
    void a_finished_lot_quality_does_not_inspect_is_available_at_once() {
        String item = newItem("PLAIN-");
        publish(output(item, "ASM-01", "4"), UUID.randomUUID().toString());
        Eventually.within(Eventually.EVENT_APPLIED, () -> !ledger(item).isEmpty(), "the output received");

        JsonPath stock = stock(item);
        assertThat(stock.getString("lots[0].location")).isEqualTo("ST-ASM-01");
        assertThat(stock.getString("lots[0].status")).isEqualTo("AVAILABLE");
    }

    @Test
    void while_quality_cannot_answer_the_output_waits_rather_than_being_released_unchecked() {
        String item = newItem(QualityStandIn.AWAY_TWICE);
        publish(output(item, "TST-01", "7"), UUID.randomUUID().toString());
        Eventually.within(Eventually.EVENT_APPLIED, () -> !ledger(item).isEmpty(), "the output received once quality answers");

        assertThat(QualityStandIn.callsFor(item)).as("asked until quality answered").isEqualTo(3);
        assertThat(stock(item).getString("lots[0].status")).isEqualTo("QUARANTINE");
        assertThat(ledger(item)).hasSize(1);
    }

    @Test
    void an_output_that_cannot_be_booked_is_parked_and_books_nothing() {
        String item = newItem("NOBIN-");
        ProductionOutputReported nowhere = output(item, "PAINT-09", "3");
        ProductionOutputReported nothing = output(newItem("ZERO-"), "TST-01", "0");
        publish(nowhere, UUID.randomUUID().toString());
        publish(nothing, UUID.randomUUID().toString());

        for (ProductionOutputReported parked : List.of(nowhere, nothing)) {
            assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
                try {
                    return parked.getOutputId().equals(ProductionOutputReported.parseFrom(record.value()).getOutputId());
                } catch (Exception unreadable) {
                    return false;
                }
            }, Eventually.EVENT_APPLIED)).as("output " + parked.getOutputId() + " parked").isPresent();
        }
        assertThat(ledger(item)).isEmpty();
        assertThat(ledger(nothing.getItemCode())).isEmpty();
    }
}
