package io.forgeline.quality.inspectionlot;

import static io.forgeline.quality.inspectionlot.Inspections.as;
import static io.forgeline.quality.inspectionlot.Inspections.measureDiameters;
import static io.forgeline.quality.inspectionlot.Inspections.open;
import static io.forgeline.quality.inspectionlot.Inspections.opened;
import static io.forgeline.quality.inspectionlot.Inspections.published;
import static io.forgeline.quality.inspectionlot.Inspections.result;
import static io.forgeline.quality.inspectionlot.Inspections.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class InspectionLotTest {

    @Test
    void a_lot_of_1000_bearings_gets_the_iso_2859_1_sample_of_its_plan() {
        open(supplier(), "ACME-4711", 1000).statusCode(201)
                .header("Location", containsString("/api/quality/inspection-lots/"))
                .body("number", org.hamcrest.Matchers.startsWith("IL-"))
                .body("sampleSize", equalTo(80)).body("acceptance", equalTo(2)).body("rejection", equalTo(3))
                .body("severity", equalTo("normal"))
                .body("valuation", equalTo("OPEN"))
                // the diameters are measured on the special level S-3: code letter E, 13 units, 0/1
                .body("characteristics.find { it.code == 'BORE' }.sampleSize", equalTo(13))
                .body("characteristics.find { it.code == 'BORE' }.acceptance", equalTo(0))
                .body("characteristics.find { it.code == 'NOISE' }.defectClass", equalTo("MINOR"));
    }

    @Test
    void a_complete_sample_within_its_acceptance_numbers_releases_the_lot_whole() {
        String lot = opened(supplier(), 1000);
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":2,\"defects\":[\"RATTLE\"]}").statusCode(201)
                .body("characteristics.find { it.code == 'NOISE' }.inspected", equalTo(80))
                .body("characteristics.find { it.code == 'NOISE' }.valuation", equalTo("ACCEPTED"))
                .body("valuation", equalTo("OPEN")).body("decision", nullValue());
        measureDiameters(lot);

        as("inspector").when().get("/api/quality/inspection-lots/" + lot).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision.outcome", equalTo("ACCEPTED")).body("decision.automatic", equalTo(true));
        UsageDecisionMade decision = published(lot);
        assertEquals(UsageAction.RELEASE, decision.getDispositions(0).getAction());
        assertEquals("1000", decision.getDispositions(0).getQuantity().getAmount());
        assertEquals("PCE", decision.getDispositions(0).getQuantity().getUnit());
        assertEquals(Inspections.BEARING, decision.getItemCode());
    }

    @Test
    void reaching_the_rejection_number_rejects_and_the_complete_lot_is_blocked() {
        String lot = opened(supplier(), 1000);
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":3}").statusCode(201)
                .body("valuation", equalTo("REJECTED"));
        measureDiameters(lot);
        UsageDecisionMade decision = published(lot);
        assertEquals(UsageAction.BLOCK, decision.getDispositions(0).getAction());
        assertEquals("rejected: NOISE 3 nonconforming in 80 (Re 3)", decision.getDispositions(0).getReason());
    }

    @Test
    void a_measured_value_outside_its_limits_is_a_nonconforming_unit() {
        String lot = opened(supplier(), 1000);
        result(lot, "{\"characteristic\":\"BORE\",\"values\":[\"19.995\",\"20.004\"]}").statusCode(201)
                .body("characteristics.find { it.code == 'BORE' }.inspected", equalTo(2))
                .body("characteristics.find { it.code == 'BORE' }.nonconforming", equalTo(1))
                .body("characteristics.find { it.code == 'BORE' }.valuation", equalTo("REJECTED"));
    }

    @Test
    void two_rejected_lots_of_a_supplier_tighten_its_next_lot() {
        String supplier = supplier();
        for (int i = 0; i < 2; i++) {
            String lot = opened(supplier, 1000);
            result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":4}").statusCode(201);
            measureDiameters(lot);
        }
        // noise (minor) is tightened: J 80 1/2; the diameters (major) stay normal
        open(supplier, "L-THIRD", 1000).statusCode(201)
                .body("severity", equalTo("tightened")).body("acceptance", equalTo(1)).body("rejection", equalTo(2))
                .body("characteristics.find { it.code == 'BORE' }.severity", equalTo("normal"));
        open(supplier(), "L-OTHER", 1000).statusCode(201).body("severity", equalTo("normal"));
    }

    @Test
    void a_quality_engineer_splits_a_lot_and_it_is_decided_once() {
        String lot = opened(supplier(), 1000);
        as("quality").body("""
                {"outcome":"PARTIAL","comment":"sorted at the dock","signature":{"password":"quality"},"dispositions":[
                 {"action":"RELEASE","quantity":"900"},{"action":"RETURN_TO_SUPPLIER","quantity":"100","reason":"noisy"}]}""")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(200).body("decision.outcome", equalTo("PARTIAL")).body("decision.automatic", equalTo(false))
                .body("decision.decidedBy", equalTo("quality"))
                .body("decision.signature.signedBy", equalTo("quality")).body("decision.signature.subject", notNullValue())
                .body("decision.signature.signedAt", notNullValue())
                .body("decision.signature.meaning", allOf(containsString("Usage decision PARTIAL on inspection lot IL-"),
                        containsString("RELEASE 900 PCE, RETURN_TO_SUPPLIER 100 PCE"), containsString("sorted at the dock")));
        UsageDecisionMade decision = published(lot);
        assertEquals(2, decision.getDispositionsCount());
        assertEquals(UsageAction.RETURN_TO_SUPPLIER, decision.getDispositions(1).getAction());

        as("quality").body("{\"outcome\":\"ACCEPTED\",\"signature\":{\"password\":\"quality\"}}").when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":0}").statusCode(409);
    }

    @Test
    void a_decision_by_hand_is_signed_with_the_deciders_own_password() {
        String lot = opened(supplier(), 1000);
        as("quality").body("{\"outcome\":\"REJECTED\",\"comment\":\"noisy\",\"signature\":{\"password\":\"inspector\"}}")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("/signature/password"))
                .body("errors[0].message", equalTo("is not the password of quality: sign with your own password"));
        as("quality").body("{\"outcome\":\"REJECTED\",\"comment\":\"noisy\"}")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("/signature/password"));

        as("quality").when().get("/api/quality/inspection-lots/" + lot).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("decision", nullValue());
    }

    @Test
    void an_automatic_decision_is_not_signed() {
        String lot = opened(supplier(), 1000);
        measureDiameters(lot);
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":0}").statusCode(201)
                .body("decision.automatic", equalTo(true)).body("decision.signature", nullValue());
    }

    @Test
    void a_decision_accounts_for_exactly_the_lot() {
        String lot = opened(supplier(), 1000);
        as("quality").body("""
                {"outcome":"PARTIAL","signature":{"password":"quality"},"dispositions":[{"action":"RELEASE","quantity":"900"},{"action":"SCRAP","quantity":"50"}]}""")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("/dispositions"))
                .body("errors[0].message", containsString("the lot holds 1000 PCE"));
        as("quality").body("{\"outcome\":\"ACCEPTED_WITH_DEVIATION\",\"signature\":{\"password\":\"quality\"}}").when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("/comment"));
        as("inspector").body("{\"outcome\":\"ACCEPTED\",\"signature\":{\"password\":\"quality\"}}").when().post("/api/quality/inspection-lots/" + lot + "/decision")
                .then().statusCode(403);
    }

    @Test
    void results_are_refused_naming_what_is_wrong() {
        String lot = opened(supplier(), 1000);
        result(lot, "{\"characteristic\":\"COLOUR\",\"nonconforming\":1}").statusCode(422)
                .body("errors[0].field", equalTo("characteristic")).body("errors[0].message", containsString("BORE, OD, NOISE"));
        result(lot, "{\"characteristic\":\"BORE\",\"nonconforming\":1}").statusCode(400).body("errors[0].field", equalTo("values"));
        result(lot, "{\"characteristic\":\"NOISE\"}").statusCode(400).body("errors[0].field", equalTo("nonconforming"));
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":1,\"inspected\":81}").statusCode(422)
                .body("errors[0].message", containsString("needs 80 more"));
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":5,\"inspected\":4}").statusCode(400);
        as("inspector").when().get("/api/quality/inspection-lots/" + lot).then()
                .body("characteristics.find { it.code == 'NOISE' }.inspected", equalTo(0));
    }

    @Test
    void opening_is_refused_for_bad_input_and_for_items_without_a_plan() {
        as("inspector").body("{\"lotSize\":\"0\",\"type\":\"SOMETIMES\"}").when().post("/api/quality/inspection-lots")
                .then().statusCode(400).body("errors.field", hasItems("itemCode", "lot", "lotSize", "type"));
        as("inspector").body("{\"itemCode\":\"SHAFT-01\",\"lot\":\"X\",\"lotSize\":\"10\",\"unit\":\"PCE\"}").when()
                .post("/api/quality/inspection-lots").then().statusCode(422).body("errors[0].field", equalTo("itemCode"));
        as("operator").body("{}").when().post("/api/quality/inspection-lots").then().statusCode(403);
    }

    @Test
    void an_inspector_finds_a_lot_by_scanning_its_pallet() {
        String scanned = Sscc.of(3, "4012345", ThreadLocalRandom.current().nextLong(1, 999_999_999)).value();
        String lot = as("inspector").body("""
                {"itemCode":"BEARING-6204","supplierCode":"ACME","lot":"SCAN-1","lotSize":"500","unit":"PCE","handlingUnits":["%s"]}"""
                .formatted(scanned))
                .when().post("/api/quality/inspection-lots").then().statusCode(201).extract().path("id");
        as("inspector").queryParam("scan", "]C100" + scanned).when().get("/api/quality/inspection-lots")
                .then().statusCode(200).body("lots.id", hasItem(lot));
        as("inspector").queryParam("scan", scanned).when().get("/api/quality/inspection-lots")
                .then().statusCode(200).body("lots.id", hasItem(lot));
        as("inspector").queryParam("scan", "]C1009999").when().get("/api/quality/inspection-lots")
                .then().statusCode(400).body("errors[0].field", equalTo("scan"));
    }
}
