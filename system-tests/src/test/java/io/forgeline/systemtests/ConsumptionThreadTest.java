package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.forgeline.testing.Eventually;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Material consumption by scan through the gateway, against the real warehouse: the operator scans a staged lot and a
 * lot lying in storage into a started operation (execution asks warehouse over gRPC), warehouse issues each once from
 * where it lies, a lot of an item the operation does not consume is refused naming what it needs, and completing the
 * order's only operation puts its finished lot into stock at the work center's staging bin, traced back to both lots.
 * A gearbox of the test's own, so the demo stock the golden thread counts stays as it is.
 */
class ConsumptionThreadTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String gearbox = "CT-GEAR-" + run;
    private final String shaft = "CT-SHAFT-" + run;
    private final String bearing = "CT-BRG-" + run;

    @Test
    void an_operator_consumes_staged_and_stored_lots_by_scan_and_warehouse_issues_each_once() {
        // the bearings are staged at CNC-01, the shafts lie in storage
        String order = Plant.gearboxOrderOnTheFloor(gearbox, shaft, bearing, run);
        String operation = "/api/execution/operations/" + order + "/10";
        as("operator").contentType(ContentType.JSON).body("{\"machineCode\":\"CNC-01-M1\"}").when().post(operation + "/start").then().statusCode(200);

        consume(operation, "LB-" + run, "4").statusCode(201).body("itemCode", equalTo(bearing)).body("unstaged", equalTo(false));
        consume(operation, "LS-" + run, "2").statusCode(201).body("itemCode", equalTo(shaft)).body("unstaged", equalTo(true));
        // a lot of the demo's bearings: not what this gearbox is made of
        consume(operation, "L-BR-2598", "1").statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("scanned BEARING-6204, operation 10 needs " + bearing + " or " + shaft));
        consume(operation, "LB-" + run, "7").statusCode(422).body("detail", containsString("has 6 PCE released"));

        Eventually.within(Eventually.EVENT_APPLIED, () -> quantity(bearing, "LB-" + run).equals("6") && quantity(shaft, "LS-" + run).equals("8"),
                "warehouse issued 4 bearings and 2 shafts");
        as("clerk").queryParam("itemCode", bearing).queryParam("lot", "LB-" + run).when().get("/api/warehouse/ledger").then().statusCode(200)
                .body("movements.findAll { it.type == 'ISSUE' }.size()", equalTo(1));

        String lot = as("operator").contentType(ContentType.JSON).body("{\"goodQuantity\":\"2\"}").when().post(operation + "/complete")
                .then().statusCode(200).body("outputLot", startsWith("FL-")).extract().path("outputLot");
        Eventually.within(Eventually.EVENT_APPLIED, () -> "2".equals(quantity(gearbox, lot)), "finished lot " + lot + " in stock");

        // the finished lot traces back to both lots that went into it, and the bearing lot forward to it
        as("quality").queryParam("itemCode", gearbox).queryParam("lot", lot).when().get("/api/execution/genealogy/backward").then()
                .statusCode(200).body("nodes.lot", org.hamcrest.Matchers.containsInAnyOrder(lot, "LB-" + run, "LS-" + run))
                .body("edges.orderNumber.unique()", org.hamcrest.Matchers.hasSize(1));
        as("quality").queryParam("itemCode", bearing).queryParam("lot", "LB-" + run).when().get("/api/execution/genealogy/forward").then()
                .statusCode(200).body("nodes.lot", org.hamcrest.Matchers.contains("LB-" + run, lot));
    }

    private static io.restassured.response.ValidatableResponse consume(String operation, String scan, String quantity) {
        return as("operator").contentType(ContentType.JSON).body("{\"scan\":\"" + scan + "\",\"quantity\":\"" + quantity + "\"}")
                .when().post(operation + "/consumptions").then();
    }

    /** The lot's quantity in stock, "0" when it has none. */
    @SuppressWarnings("unchecked")
    private static String quantity(String item, String lot) {
        List<Map<String, Object>> lots = as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().statusCode(200)
                .extract().jsonPath().getList("lots.findAll { it.lot == '" + lot + "' }");
        return lots.isEmpty() ? "0" : String.valueOf(((Map<String, Object>) lots.get(0).get("quantity")).get("amount"));
    }
}
