package io.forgeline.execution.genealogy;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.genealogy.Production.complete;
import static io.forgeline.execution.genealogy.Production.consume;
import static io.forgeline.execution.genealogy.Production.received;
import static io.forgeline.execution.genealogy.Production.staged;
import static io.forgeline.execution.genealogy.Production.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two levels of a product: bearings go into a subassembly, the subassembly into a gearbox; traced both ways. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class GenealogyTest {

    private final Production plant = new Production();
    private final String bearing = code("BRG");
    private final String sub = code("SUB");
    private final String gearbox = code("GEAR");

    private static JsonPath trace(String direction, String item, String lot) {
        return as("quality").queryParam("itemCode", item).queryParam("lot", lot).when().get("/api/execution/genealogy/" + direction)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_finished_lot_traces_back_to_every_bearing_lot_and_a_bearing_lot_forward_to_the_gearbox() {
        String l1 = code("L");
        String l2 = code("L");
        staged(bearing, l1);
        staged(bearing, l2);
        // l1 came from ACME at the dock and was released by an incoming inspection; l2 came into stock otherwise
        received(bearing, l1, "ACME");
        String inspectionLot = UUID.randomUUID().toString();
        deliver("quality.usage-decisions.v1", inspectionLot, UsageDecisionMade.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setInspectionLotId(inspectionLot).setInspectionLotNumber("IL-T1").setItemCode(bearing).setLot(l1).setSupplierCode("ACME")
                .addDispositions(Disposition.newBuilder().setAction(UsageAction.RELEASE).setQuantity(Production.pieces("100")))
                .setDecidedAt(Instant.now().toString()).setDecidedBy("inspector").build().toByteArray(),
                UUID.randomUUID().toString(), "io.forgeline.quality.usage-decision-made.v1");
        ProductionOrderReleased subOrder = plant.released(sub, bearing, 1);
        start(subOrder, 10);
        consume(subOrder, l1, "3");
        consume(subOrder, l2, "2");
        String subLot = complete(subOrder, 10, "5");

        staged(sub, subLot);
        Production.Made gearboxes = plant.made(gearbox, sub, subLot, "4");
        ProductionOrderReleased gearOrder = gearboxes.order();
        String gearLot = gearboxes.lot();

        JsonPath back = trace("backward", gearbox, gearLot);
        assertThat(back.getList("nodes.collect { it.itemCode + '/' + it.lot + '/' + it.kind }")).containsExactly(
                gearbox + "/" + gearLot + "/PRODUCED", sub + "/" + subLot + "/PRODUCED", bearing + "/" + l1 + "/RECEIVED",
                bearing + "/" + l2 + "/STOCK");
        assertThat(back.getString("nodes.find { it.lot == '" + l1 + "' }.supplierCode")).isEqualTo("ACME");
        assertThat(back.getList("nodes.find { it.lot == '" + l1 + "' }.inspections.collect { it.inspectionLotNumber + ' ' + it.actions }"))
                .containsExactly("IL-T1 RELEASE 100 PCE");
        assertThat(back.getString("nodes.find { it.lot == '" + l2 + "' }.supplierCode")).isNull();
        assertThat(back.getString("edges.find { it.from.lot == '" + l1 + "' }.consumedBy")).isEqualTo("operator");
        assertThat(back.getList("edges.orderNumber")).containsExactlyInAnyOrder(gearOrder.getOrderNumber(), subOrder.getOrderNumber(),
                subOrder.getOrderNumber());
        assertThat(back.getString("edges.find { it.from.lot == '" + l1 + "' }.quantity")).isEqualTo("3");
        assertThat(back.getString("edges.find { it.from.lot == '" + l1 + "' }.to.lot")).isEqualTo(subLot);

        JsonPath forward = trace("forward", bearing, l2);
        assertThat(forward.getList("nodes.lot")).containsExactly(l2, subLot, gearLot);
        assertThat(forward.getList("edges.to.itemCode")).containsExactly(sub, gearbox);
    }

    @Test
    void a_trace_shows_where_each_lot_was_shipped_once_however_often_warehouse_says_so() {
        String l1 = code("L");
        staged(bearing, l1);
        String gearLot = plant.made(gearbox, bearing, l1, "4").lot();
        // the unit travels on a pallet with its serial numbers; warehouse's relay published the delivery twice
        ShipmentConfirmed shipment = Shipping.shipment("DL-T1", "CUST-9", Instant.parse("2030-02-01T08:00:00Z"), "003456789012345678",
                "003456789000000019", gearbox, gearLot, "2.500", "S-1", "S-2");
        Shipping.ship(shipment);
        Shipping.ship(shipment);

        JsonPath forward = trace("forward", bearing, l1);
        assertThat(forward.getList("nodes.find { it.lot == '" + l1 + "' }.shipments")).isEmpty();
        assertThat(forward.getList("nodes.find { it.lot == '" + gearLot + "' }.shipments.collect { "
                + "it.deliveryNumber + ' ' + it.customerCode + ' ' + it.customerName + ' ' + it.sscc + ' ' + it.quantity + ' ' + it.unit + ' ' + it.shippedAt }"))
                .containsExactly("DL-T1 CUST-9 Customer CUST-9 003456789012345678 2.5 PCE 2030-02-01T08:00:00Z");
        assertThat(trace("backward", gearbox, gearLot).getList("nodes.find { it.lot == '" + gearLot + "' }.shipments.deliveryNumber"))
                .containsExactly("DL-T1");
    }

    @Test
    void a_shipment_that_names_no_delivery_is_parked_and_kept_nowhere() {
        String lot = code("FL");
        ShipmentConfirmed unreadable = Shipping.shipment("DL-T2", "CUST-9", Instant.now(), "003456789012345685", "", gearbox, lot, "1")
                .toBuilder().setDeliveryId("not-a-uuid").build();
        KafkaProbe.send(Shipping.TOPIC, lot, unreadable.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), Shipping.CONFIRMED));

        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), r -> lot.equals(r.key()), Duration.ofSeconds(30))).isPresent();
        assertThat(trace("forward", gearbox, lot).getList("nodes[0].shipments")).isEmpty();
    }

    @Test
    void material_consumed_into_an_earlier_operation_after_the_output_still_goes_into_the_finished_lot() {
        String before = code("L");
        String after = code("L");
        staged(bearing, before);
        staged(bearing, after);
        ProductionOrderReleased order = plant.released(sub, bearing, 2);
        start(order, 10);
        start(order, 20);
        consume(order, before, "1");
        String lot = complete(order, 20, "2");
        consume(order, after, "1");

        assertThat(trace("backward", sub, lot).getList("nodes.lot")).containsExactly(lot, before, after);
    }

    @Test
    void a_lot_without_genealogy_is_itself_alone_and_the_question_must_name_a_lot() {
        JsonPath alone = trace("backward", bearing, "NOTHING-HERE");
        assertThat(alone.getList("nodes.lot")).isEqualTo(List.of("NOTHING-HERE"));
        assertThat(alone.getList("edges")).isEmpty();
        as("quality").queryParam("itemCode", bearing).when().get("/api/execution/genealogy/forward").then().statusCode(400)
                .body("errors[0].field", equalTo("lot"));
        as("quality").queryParam("itemCode", bearing).queryParam("lot", "L").queryParam("serial", "1").when()
                .get("/api/execution/genealogy/backward").then().statusCode(400).body("errors[0].field", equalTo("serial"));
    }
}
