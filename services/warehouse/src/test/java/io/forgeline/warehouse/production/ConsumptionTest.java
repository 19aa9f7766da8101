package io.forgeline.warehouse.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.MaterialConsumed;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class ConsumptionTest {

    private static String newItem() {
        return "PIN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static void opening(String item, String lot, String bin, String quantity) {
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", item, "lot", lot, "location", bin, "quantity", quantity, "unit", "PCE",
                        "status", "AVAILABLE"))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    private static MaterialConsumed consumed(String item, String lot, String quantity) {
        return MaterialConsumed.newBuilder().setConsumptionId(UUID.randomUUID().toString()).setOrderId(UUID.randomUUID().toString())
                .setOrderNumber("MO-C1").setOperationSequence(20).setWorkCenterCode("ASM-01").setItemCode(item).setLot(lot)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setConsumedAt(Instant.now().toString())
                .setConsumedBy("operator").build();
    }

    private static void publish(MaterialConsumed consumption, String ceId) {
        KafkaProbe.send("execution.material-consumptions.v1", consumption.getOrderId(), consumption.toByteArray(),
                KafkaProbe.cloudEvent(ceId, Consumptions.CONSUMED));
    }

    private static List<Map<String, Object>> issues(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/ledger")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("movements").stream()
                .filter(movement -> "ISSUE".equals(movement.get("type"))).toList();
    }

    @Test
    void a_consumption_is_issued_once_from_the_work_centers_staging_bin_first() {
        String item = newItem();
        opening(item, "P1", "B-02-02", "10");
        opening(item, "P1", "ST-ASM-01", "10");
        MaterialConsumed consumption = consumed(item, "P1", "12");
        String ceId = UUID.randomUUID().toString();
        publish(consumption, ceId);
        Eventually.within(Eventually.EVENT_APPLIED, () -> issues(item).size() == 2, "the consumption issued");

        List<Map<String, Object>> issued = issues(item);
        assertThat(issued).extracting(m -> m.get("location")).containsExactly("ST-ASM-01", "B-02-02");
        assertThat(issued.stream().map(m -> (Object) ((Map<?, ?>) m.get("quantity")).get("amount")).toList()).containsExactly("-10", "-2");
        assertThat(issued).allSatisfy(m -> assertThat(m).containsEntry("reference", "MO-C1 op 20").containsEntry("actor", "operator"));

        // delivered again (a broker redelivery): issued once
        publish(consumption, ceId);
        MaterialConsumed marker = consumed(item, "P1", "1");
        publish(marker, UUID.randomUUID().toString());
        Eventually.within(Eventually.EVENT_APPLIED, () -> issues(item).size() == 3, "the next consumption issued");
        assertThat(issues(item)).hasSize(3);
    }

    @Test
    void a_consumption_of_more_than_the_lot_holds_is_parked_and_issues_nothing() {
        String item = newItem();
        opening(item, "P2", "ST-ASM-01", "3");
        MaterialConsumed consumption = consumed(item, "P2", "5");
        publish(consumption, UUID.randomUUID().toString());
        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                return consumption.getConsumptionId().equals(MaterialConsumed.parseFrom(record.value()).getConsumptionId());
            } catch (Exception unreadable) {
                return false;
            }
        }, Duration.ofSeconds(30))).isPresent();
        assertThat(issues(item)).isEmpty();
    }

    @Test
    void a_consumption_without_a_consumption_id_is_parked_and_issues_nothing() {
        String item = newItem();
        opening(item, "P3", "ST-ASM-01", "5");
        MaterialConsumed consumption = consumed(item, "P3", "2").toBuilder().setConsumptionId("scan-7").build();
        publish(consumption, UUID.randomUUID().toString());
        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                MaterialConsumed parked = MaterialConsumed.parseFrom(record.value());
                return item.equals(parked.getItemCode()) && "scan-7".equals(parked.getConsumptionId());
            } catch (Exception unreadable) {
                return false;
            }
        }, Duration.ofSeconds(30))).isPresent();
        assertThat(issues(item)).isEmpty();
    }
}
