package io.forgeline.execution.serials;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static io.forgeline.execution.consumption.WarehouseStandIn.balance;
import static io.forgeline.execution.genealogy.Production.consume;
import static io.forgeline.execution.genealogy.Production.path;
import static io.forgeline.execution.genealogy.Production.received;
import static io.forgeline.execution.genealogy.Production.staged;
import static io.forgeline.execution.genealogy.Production.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.execution.consumption.WarehouseStandIn;
import io.forgeline.execution.genealogy.Production;
import io.forgeline.ident.key.Gtin;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Serialised finished units through the operator's REST calls: a bearing lot goes into three serialised subassemblies, one
 * of which, scanned by its SGTIN, goes into a serialised gearbox. Made once for the class; each test reads it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class SerialisedProductionTest {

    /** What the class's set-up made: items, lots, orders and the units' serials in the order they were numbered. */
    private record Made(String bearing, String sub, String gearbox, String bearingLot, ProductionOrderReleased subOrder, String subLot,
                        List<String> subSerials, List<String> subSgtins, ProductionOrderReleased gearOrder, String gearLot,
                        List<String> gearSerials) {
    }

    private static Made made;

    private static synchronized Made made() {
        if (made == null) {
            made = make();
        }
        return made;
    }

    private static Gtin gtin() {
        // the company prefix GS1's list knows (0614141), so units are named urn:epc:id:sgtin:…; a reference of its own
        return Gtin.of(0, "0614141", String.format("%05d", (int) (Math.random() * 100_000)));
    }

    private static void serialised(String item, Gtin gtin) {
        deliver("scheduling.items.v1", item, ItemChanged.newBuilder().setCode(item).setDescription("Serialised " + item).setUnit("PCE")
                .setMakeOrBuy("MAKE").setGtin(gtin.value()).setSerialised(true).setVersion(1).setChangedAt("2030-01-01T08:00:00Z").build()
                .toByteArray(), UUID.randomUUID().toString(), "io.forgeline.scheduling.item.changed.v1");
    }

    private static Made make() {
        Production plant = new Production();
        String bearing = code("BRG");
        String sub = code("SUB");
        String gearbox = code("GEAR");
        serialised(sub, gtin());
        serialised(gearbox, gtin());
        String bearingLot = code("L");
        staged(bearing, bearingLot);
        received(bearing, bearingLot, "ACME");

        ProductionOrderReleased subOrder = plant.released(sub, bearing, 1);
        start(subOrder, 10);
        consume(subOrder, bearingLot, "3");
        JsonPath subView = jsonAs("operator", "{\"goodQuantity\":\"3\"}").when().post(path(subOrder, 10) + "/complete").then()
                .statusCode(200).extract().jsonPath();
        String subLot = subView.getString("outputLot");
        List<String> subSerials = subView.getList("serials.serial");
        List<String> subSgtins = subView.getList("serials.sgtin");

        // the first unit lies at a staging bin: warehouse knows its lot by its serial
        WarehouseStandIn.BALANCES.add(balance(sub, subLot, "STAGE-1", "", "AVAILABLE", "", "3", true, ""));
        WarehouseStandIn.SERIALS.put(subSerials.getFirst(), subLot);
        ProductionOrderReleased gearOrder = plant.released(gearbox, sub, 1);
        start(gearOrder, 10);
        jsonAs("operator", "{\"scan\":\"%s\"}".formatted(subSgtins.getFirst())).when().post(path(gearOrder, 10) + "/consumptions")
                .then().statusCode(201).body("lot", equalTo(subLot));
        JsonPath gearView = jsonAs("operator", "{\"goodQuantity\":\"1\"}").when().post(path(gearOrder, 10) + "/complete").then()
                .statusCode(200).extract().jsonPath();
        return new Made(bearing, sub, gearbox, bearingLot, subOrder, subLot, subSerials, subSgtins, gearOrder, gearView.getString("outputLot"),
                gearView.getList("serials.serial"));
    }

    private static JsonPath trace(String direction, String item, String parameter, String value) {
        return as("quality").queryParam("itemCode", item).queryParam(parameter, value).when().get("/api/execution/genealogy/" + direction)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void completing_a_serialised_order_gives_each_good_piece_a_unique_serial_named_as_an_sgtin() throws Exception {
        Made m = made();
        assertThat(m.subSerials()).hasSize(3).doesNotHaveDuplicates().allMatch(serial -> serial.matches("[1-9][0-9]{0,19}"));
        assertThat(m.subSgtins()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(m.subSgtins().get(i)).startsWith("urn:epc:id:sgtin:0614141.").endsWith("." + m.subSerials().get(i));
        }
        assertThat(new HashSet<>(m.gearSerials())).hasSize(1).doesNotContainAnyElementsOf(m.subSerials());
        // the view reads them back, and the finished lot's event carries them to warehouse
        as("operator").when().get(path(m.subOrder(), 10)).then().statusCode(200).body("serials.serial", equalTo(m.subSerials()));
        ProductionOutputReported output = ProductionOutputReported.parseFrom(KafkaProbe.await("execution.production-output.v1",
                r -> m.subOrder().getOrderId().equals(r.key()), Duration.ofSeconds(30)).orElseThrow().value());
        assertThat(output.getSerialNumbersList()).isEqualTo(m.subSerials());
        assertThat(output.getLot()).isEqualTo(m.subLot());
    }

    @Test
    void a_fractional_good_quantity_of_a_serialised_item_is_refused_naming_it() {
        Made m = made();
        ProductionOrderReleased order = new Production().released(m.sub(), m.bearing(), 1);
        start(order, 10);

        jsonAs("operator", "{\"goodQuantity\":\"0.5\"}").when().post(path(order, 10) + "/reports").then().statusCode(422)
                .body("errors[0].field", equalTo("goodQuantity"));
        jsonAs("operator", "{\"goodQuantity\":\"1.5\"}").when().post(path(order, 10) + "/complete").then().statusCode(422)
                .body("errors[0].field", equalTo("goodQuantity")).body("detail", containsString("serialised"));
        as("operator").when().get(path(order, 10)).then().statusCode(200).body("status", equalTo("RUNNING")).body("serials.size()", equalTo(0));
    }

    @Test
    void a_gearbox_traces_back_through_the_subassembly_unit_scanned_into_it_to_the_bearing_lot() {
        Made m = made();
        String unit = m.subSerials().getFirst();
        JsonPath back = trace("backward", m.gearbox(), "serial", m.gearSerials().getFirst());

        assertThat(back.getList("nodes.collect { it.itemCode + '/' + it.lot + '/' + it.serial + '/' + it.kind }")).containsExactly(
                m.gearbox() + "/" + m.gearLot() + "/" + m.gearSerials().getFirst() + "/SERIAL",
                m.gearbox() + "/" + m.gearLot() + "/null/PRODUCED",
                m.sub() + "/" + m.subLot() + "/" + unit + "/SERIAL",
                m.sub() + "/" + m.subLot() + "/null/PRODUCED",
                m.bearing() + "/" + m.bearingLot() + "/null/RECEIVED");
        assertThat(back.getString("edges.find { it.from.serial == '" + unit + "' }.to.lot")).isEqualTo(m.gearLot());
        assertThat(back.getString("edges.find { it.to.serial == '" + unit + "' }.quantity")).isEqualTo("1");
        assertThat(back.getString("edges.find { it.to.serial == '" + unit + "' }.orderNumber")).isEqualTo(m.subOrder().getOrderNumber());
    }

    @Test
    void a_bearing_lot_traces_forward_to_every_unit_and_a_unit_only_to_what_it_went_into() {
        Made m = made();
        JsonPath forward = trace("forward", m.bearing(), "lot", m.bearingLot());
        assertThat(forward.getList("nodes.findAll { it.kind == 'SERIAL' }.serial"))
                .containsExactlyInAnyOrder(m.subSerials().get(0), m.subSerials().get(1), m.subSerials().get(2), m.gearSerials().getFirst());
        assertThat(forward.getList("edges.findAll { it.from.lot == '" + m.subLot() + "' && it.to.serial != null }.quantity"))
                .containsExactly("1", "1", "1");
        assertThat(forward.getList("nodes.findAll { it.kind == 'PRODUCED' }.lot")).containsExactly(m.subLot(), m.gearLot());

        JsonPath fromUnit = trace("forward", m.sub(), "serial", m.subSerials().get(1));
        assertThat(fromUnit.getList("nodes.serial")).containsExactly(m.subSerials().get(1));
        JsonPath fromScanned = trace("forward", m.sub(), "serial", m.subSerials().getFirst());
        assertThat(fromScanned.getList("nodes.collect { it.lot + '/' + it.serial }")).containsExactly(
                m.subLot() + "/" + m.subSerials().getFirst(), m.gearLot() + "/null", m.gearLot() + "/" + m.gearSerials().getFirst());
    }

    @Test
    void a_trace_names_a_lot_or_a_serial_and_a_serial_the_plant_never_saw_is_not_found() {
        Made m = made();
        as("quality").queryParam("itemCode", m.sub()).queryParam("lot", m.subLot()).queryParam("serial", m.subSerials().getFirst()).when()
                .get("/api/execution/genealogy/backward").then().statusCode(400).body("errors[0].field", equalTo("serial"));
        as("quality").queryParam("itemCode", m.sub()).when().get("/api/execution/genealogy/forward").then().statusCode(400)
                .body("errors[0].field", equalTo("lot"));
        as("quality").queryParam("itemCode", m.sub()).queryParam("serial", "999999999999").when().get("/api/execution/genealogy/backward")
                .then().statusCode(404);
    }

    @Test
    void a_recall_of_the_bearing_lot_lists_the_affected_units_of_each_finished_lot_as_json_and_csv() {
        Made m = made();
        JsonPath report = as("quality").queryParam("itemCode", m.bearing()).queryParam("lot", m.bearingLot()).when()
                .get("/api/execution/recalls").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("affected.lot")).containsExactly(m.bearingLot(), m.subLot(), m.gearLot());
        assertThat(report.getList("affected.find { it.lot == '" + m.subLot() + "' }.serials")).isEqualTo(m.subSerials());
        assertThat(report.getList("affected.find { it.lot == '" + m.gearLot() + "' }.serials")).isEqualTo(m.gearSerials());
        assertThat(report.getList("affected.find { it.lot == '" + m.subLot() + "' }.consumedBy")).containsExactly(m.gearOrder().getOrderNumber());

        String csv = as("quality").accept("text/csv").queryParam("itemCode", m.bearing()).queryParam("lot", m.bearingLot()).when()
                .get("/api/execution/recalls").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",consumedBy,serials,state,");
        assertThat(csv).contains(String.join(" ", m.subSerials()));

        JsonPath byUnit = as("quality").queryParam("itemCode", m.sub()).queryParam("serial", m.subSerials().getFirst()).when()
                .get("/api/execution/recalls").then().statusCode(200).extract().jsonPath();
        assertThat(byUnit.getString("serial")).isEqualTo(m.subSerials().getFirst());
        assertThat(byUnit.getList("affected.lot")).containsExactly(m.gearLot());
        assertThat(byUnit.getList("affected[0].serials")).isEqualTo(m.gearSerials());
    }
}
