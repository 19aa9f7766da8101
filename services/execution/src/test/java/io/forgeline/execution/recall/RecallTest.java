package io.forgeline.execution.recall;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.consumption.WarehouseStandIn.balance;
import static io.forgeline.execution.genealogy.Production.received;
import static io.forgeline.execution.genealogy.Production.staged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.execution.consumption.WarehouseStandIn;
import io.forgeline.execution.genealogy.Production;
import io.forgeline.execution.genealogy.Shipping;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A supplier's steel lot goes into a shaft lot, the shaft lot into a gearbox lot; the gearbox lot is partly in stock
 * (the warehouse stand-in says where) and partly shipped (a real shipments event). The recall follows the steel there.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class RecallTest {

    private static final String CUSTOMER = "Müller, \"Getriebe\" GmbH";
    private static final Instant SHIPPED_AT = Instant.parse("2030-03-01T06:30:00Z");

    private final Production plant = new Production();
    private final String steel = code("STEEL");
    private final String shaft = code("SHAFT");
    private final String gearbox = code("GEAR");
    private final String suspect = code("L");
    private final String delivery = code("DL");

    private record Chain(String shaftLot, String shaftOrder, String gearLot, String gearOrder) {
    }

    /** The steel lot received from ACME, made into shafts, the shafts into gearboxes; 3 gearboxes shipped, 7 in stock. */
    private Chain steelIntoGearboxes() {
        received(steel, suspect, "ACME");
        staged(steel, suspect);
        Production.Made shafts = plant.made(shaft, steel, suspect, "10");
        staged(shaft, shafts.lot());
        Production.Made gearboxes = plant.made(gearbox, shaft, shafts.lot(), "10");
        String gearLot = gearboxes.lot();
        WarehouseStandIn.BALANCES.add(balance(gearbox, gearLot, "FG-01", "003456789000001234", "AVAILABLE", "", "6.000", false, ""));
        WarehouseStandIn.BALANCES.add(balance(gearbox, gearLot, "QA-01", "", "BLOCKED", "", "1", false, "HOLD-7"));
        WarehouseStandIn.BALANCES.add(balance(gearbox, gearLot, "FG-02", "", "AVAILABLE", "", "0", false, ""));
        Shipping.ship(Shipping.shipment(delivery, "CUST-1", SHIPPED_AT, "003456789000005678", "", gearbox, gearLot, "3")
                .toBuilder().setCustomerName(CUSTOMER).build());
        return new Chain(shafts.lot(), shafts.order().getOrderNumber(), gearLot, gearboxes.order().getOrderNumber());
    }

    private ExtractableResponse<Response> recall(String user, String accept, String item, String lot) {
        return as(user).accept(accept).queryParam("itemCode", item).queryParam("lot", lot).when().get("/api/execution/recalls")
                .then().extract();
    }

    @Test
    void a_supplier_lot_is_followed_to_every_lot_made_of_it_in_stock_and_shipped() {
        Chain made = steelIntoGearboxes();

        ExtractableResponse<Response> answer = recall("quality", "application/json", steel, suspect);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonPath report = answer.jsonPath();
        assertThat(report.getString("itemCode")).isEqualTo(steel);
        assertThat(report.getString("lot")).isEqualTo(suspect);
        assertThat(report.getString("supplierCode")).isEqualTo("ACME");
        assertThat(Instant.parse(report.getString("generatedAt"))).isAfter(SHIPPED_AT.minusSeconds(365L * 24 * 3600 * 10));
        assertThat(report.getList("affected.collect { it.itemCode + '/' + it.lot + '/' + it.kind + '/' + it.orderNumber }")).containsExactly(
                steel + "/" + suspect + "/RECEIVED/null", shaft + "/" + made.shaftLot() + "/PRODUCED/" + made.shaftOrder(),
                gearbox + "/" + made.gearLot() + "/PRODUCED/" + made.gearOrder());
        assertThat(report.getList("affected.consumedBy")).containsExactly(List.of(made.shaftOrder()), List.of(made.gearOrder()), List.of());
        assertThat(report.getList("affected[2].whereabouts.collect { [it.state, it.quantity, it.unit, it.binCode, it.status, it.hold, "
                + "it.sscc, it.customerCode, it.customerName, it.deliveryNumber, it.shippedAt].join('|') }")).containsExactly(
                "IN_STOCK|6|PCE|FG-01|AVAILABLE|null|003456789000001234|null|null|null|null",
                "IN_STOCK|1|PCE|QA-01|BLOCKED|HOLD-7|null|null|null|null|null",
                "SHIPPED|3|PCE|null|null|null|003456789000005678|CUST-1|" + CUSTOMER + "|" + delivery + "|2030-03-01T06:30:00Z");
        assertThat(report.getList("affected[0].whereabouts.collect { it.state + ' ' + it.quantity + ' ' + it.binCode }"))
                .containsExactly("IN_STOCK 100 STAGE-1");
    }

    @Test
    void the_same_report_as_csv_has_a_row_per_lot_and_whereabouts_quoted_as_rfc_4180_says() {
        Chain made = steelIntoGearboxes();

        ExtractableResponse<Response> answer = recall("planner", "text/csv", steel, suspect);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"recall-" + steel + "-" + suspect + ".csv\"");
        String csv = answer.body().asString();
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n")).containsExactly(
                "itemCode,lot,kind,orderNumber,consumedBy,serials,state,quantity,unit,binCode,status,hold,sscc,customerCode,customerName,"
                        + "deliveryNumber,shippedAt",
                steel + "," + suspect + ",RECEIVED,," + made.shaftOrder() + ",,IN_STOCK,100,PCE,STAGE-1,AVAILABLE,,,,,,",
                shaft + "," + made.shaftLot() + ",PRODUCED," + made.shaftOrder() + "," + made.gearOrder() + ",,IN_STOCK,100,PCE,STAGE-1,AVAILABLE,,,,,,",
                gearbox + "," + made.gearLot() + ",PRODUCED," + made.gearOrder() + ",,,IN_STOCK,6,PCE,FG-01,AVAILABLE,,003456789000001234,,,,",
                gearbox + "," + made.gearLot() + ",PRODUCED," + made.gearOrder() + ",,,IN_STOCK,1,PCE,QA-01,BLOCKED,HOLD-7,,,,,",
                gearbox + "," + made.gearLot() + ",PRODUCED," + made.gearOrder() + ",,,SHIPPED,3,PCE,,,,003456789000005678,CUST-1,"
                        + "\"Müller, \"\"Getriebe\"\" GmbH\"," + delivery + ",2030-03-01T06:30:00Z");
    }

    @Test
    void a_recall_names_the_missing_question_and_refuses_a_lot_nobody_knows() {
        as("quality").when().get("/api/execution/recalls").then().statusCode(400)
                .body("errors.field", equalTo(List.of("itemCode", "lot")));
        as("quality").accept("text/csv").queryParam("itemCode", steel).when().get("/api/execution/recalls").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lot")));
        as("quality").queryParam("itemCode", steel).queryParam("lot", "NOBODY-KNOWS").when().get("/api/execution/recalls").then()
                .statusCode(404).body("detail", containsString("NOBODY-KNOWS"));
    }

    @Test
    void a_lot_only_warehouse_holds_is_its_own_recall_and_operators_may_not_ask() {
        String lot = code("L");
        WarehouseStandIn.BALANCES.add(balance(steel, lot, "RAW-3", "", "AVAILABLE", "", "40", false, ""));

        JsonPath report = recall("quality", "application/json", steel, lot).jsonPath();
        assertThat(report.getList("affected.lot")).containsExactly(lot);
        assertThat(report.getString("supplierCode")).isNull();
        assertThat(report.getList("affected[0].whereabouts.binCode")).containsExactly("RAW-3");
        assertThat(recall("operator", "application/json", steel, lot).statusCode()).isEqualTo(403);
    }
}
