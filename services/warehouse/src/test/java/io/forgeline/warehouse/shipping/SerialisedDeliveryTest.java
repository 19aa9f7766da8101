package io.forgeline.warehouse.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Serialised finished goods: the serials reported with the lot go with the units packed, into the shipment. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class SerialisedDeliveryTest {

    private static final String REPORTED = "io.forgeline.execution.production-output-reported.v1";

    private static ProductionOutputReported produced(String item, String lot, List<String> serials) {
        ProductionOutputReported output = ProductionOutputReported.newBuilder().setOutputId(UUID.randomUUID().toString())
                .setOrderId(UUID.randomUUID().toString()).setOrderNumber("MO-S1").setOperationSequence(30).setWorkCenterCode("TST-01")
                .setItemCode(item).setLot(lot).setQuantity(Quantity.newBuilder().setAmount(String.valueOf(serials.size())).setUnit("PCE"))
                .addAllSerialNumbers(serials).setReportedAt(Instant.now().toString()).setReportedBy("operator").build();
        KafkaProbe.send("execution.production-output.v1", output.getOrderId(), output.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), REPORTED));
        return output;
    }

    private static List<Map<String, Object>> stock(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/stock").then()
                .extract().jsonPath().getList("lots");
    }

    @Test
    void the_units_packed_carry_their_serials_lowest_first_into_the_shipment() throws Exception {
        String item = "SER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String lot = "F-" + item;
        produced(item, lot, List.of("S0003", "S0001", "S0002"));
        Eventually.within(Eventually.EVENT_APPLIED, () -> !stock(item).isEmpty(), "the finished lot received");
        // from the test stand's staging bin into storage, where deliveries pick from
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("type", "TRANSFER", "itemCode", item, "lot", lot,
                "location", "ST-TST-01", "toLocation", "A-01-04", "quantity", "3")).when().post("/api/warehouse/movements").then().statusCode(201);

        JsonPath delivery = given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("customerCode", "C-SER",
                        "shipOn", LocalDate.now().plusDays(1).toString(), "lines", List.of(Map.of("itemCode", item, "quantity", "2", "unit", "PCE"))))
                .when().post("/api/warehouse/deliveries").then().statusCode(201).extract().jsonPath();
        Map<String, Object> pick = delivery.getMap("picks[0]");
        given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(Map.of("from", pick.get("fromBin"), "quantity", "2"))
                .when().post("/api/warehouse/pick-tasks/{id}/confirmation", pick.get("id")).then().statusCode(200);
        String id = delivery.getString("id");
        List<String> packed = given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(201).extract().jsonPath()
                .getList("contents[0].serialNumbers");
        assertThat(packed).containsExactly("S0001", "S0002");
        given().auth().oauth2(Tokens.user("clerk")).when().post("/api/warehouse/deliveries/{id}/shipment", id).then().statusCode(201);

        ShipmentConfirmed shipment = ShipmentConfirmed.parseFrom(KafkaProbe.await("warehouse.shipments.v1", r -> r.key().equals(id),
                Eventually.EVENT_APPLIED).orElseThrow().value());
        assertThat(shipment.getUnits(0).getLines(0).getSerialNumbersList()).containsExactly("S0001", "S0002");
    }

    @Test
    void an_output_whose_serials_do_not_match_its_quantity_is_parked_and_books_nothing() {
        String item = "SER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ProductionOutputReported output = produced(item, "F-" + item, List.of("S1", "S1"));

        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                return output.getOutputId().equals(ProductionOutputReported.parseFrom(record.value()).getOutputId());
            } catch (Exception unreadable) {
                return false;
            }
        }, Eventually.EVENT_APPLIED)).isPresent();
        assertThat(stock(item)).isEmpty();
    }
}
