package io.forgeline.quality.nonconformance;

import static io.forgeline.quality.inspectionlot.Inspections.as;
import static io.forgeline.quality.inspectionlot.Inspections.measureDiameters;
import static io.forgeline.quality.inspectionlot.Inspections.opened;
import static io.forgeline.quality.inspectionlot.Inspections.result;
import static io.forgeline.quality.inspectionlot.Inspections.supplier;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.quality.v1.NcrAction;
import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.contracts.quality.v1.NonconformanceOpened;
import io.forgeline.quality.inspectionlot.Inspections;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * NCRs: opened automatically when a usage decision rejects material (with its defect codes, the decision's scrap
 * already booked), or by hand; dispositions sent to warehouse once; the 8D worked to closure; a supplier reads and
 * answers its own NCRs on the partner API and never another's.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class NonconformanceTest {

    private static final String TOPIC = "quality.nonconformances.v1";

    /** The partner contract (api-contracts' partner-api.yaml) checks every answer a supplier gets. */
    private static final OpenApiValidationFilter PARTNER_CONTRACT =
            new OpenApiValidationFilter(OpenApiInteractionValidator
                    .createForSpecificationUrl("openapi/partner-api.yaml")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private static RequestSpecification supplierAcme() {
        return given().filter(PARTNER_CONTRACT).auth().oauth2(Tokens.client("supplier-acme", "acme-secret")).contentType("application/json");
    }

    private static String item;

    @org.junit.jupiter.api.BeforeEach
    void anItemTheCopyKnows() {
        if (item == null) {
            item = io.forgeline.quality.inspectionplan.PlannedItems.knownItem("COMPLAINED");
        }
    }

    private static String openByHand(String supplier, String quantity) {
        return as("inspector").body("""
                {"source":"CUSTOMER_COMPLAINT","itemCode":"%s","lot":"L-77","quantity":"%s","supplierCode":"%s",
                 "defectCodes":["rattle","RATTLE","dent"],"description":"Customer returned noisy bearings"}"""
                .formatted(item, quantity, supplier))
                .when().post("/api/quality/nonconformances").then().statusCode(201).extract().path("summary.id");
    }

    private static ConsumerRecord<String, byte[]> published(String ncrId, String ceType) {
        return KafkaProbe.await(TOPIC, record -> ncrId.equals(record.key()) && ceType.equals(KafkaProbe.header(record, "ce_type")),
                Eventually.EVENT_APPLIED).orElseThrow(() -> new AssertionError("no " + ceType + " for " + ncrId));
    }

    @Test
    void a_rejected_lot_opens_an_ncr_with_its_defects() throws InvalidProtocolBufferException {
        String supplier = supplier();
        String lot = opened(supplier, 1000);
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":3,\"defects\":[\"RATTLE\"]}").statusCode(201);
        measureDiameters(lot);

        List<Map<String, Object>> board = as("quality").queryParam("supplierCode", supplier).when().get("/api/quality/nonconformances")
                .then().statusCode(200).body("", hasSize(1)).extract().path("");
        String id = (String) board.get(0).get("id");
        as("quality").when().get("/api/quality/nonconformances/" + id).then().statusCode(200)
                .body("summary.source", equalTo("INSPECTION")).body("summary.quantity", equalTo("1000"))
                .body("summary.defectCodes", contains("RATTLE")).body("summary.description", containsString("rejected"))
                .body("inspectionLotId", equalTo(lot)).body("awaitingDisposition", equalTo("1000"))
                .body("disciplines", hasSize(8)).body("disciplines[3].title", equalTo("Root cause"))
                .body("history[0].step", containsString("opened from inspection"));
        NonconformanceOpened opened = NonconformanceOpened.parseFrom(published(id, "io.forgeline.quality.nonconformance-opened.v1").value());
        assertEquals(supplier, opened.getSupplierCode());
        assertEquals("1000", opened.getQuantity().getAmount());
    }

    @Test
    void an_accepted_lot_opens_none() {
        String supplier = supplier();
        String lot = opened(supplier, 1000);
        result(lot, "{\"characteristic\":\"NOISE\",\"nonconforming\":0}").statusCode(201);
        measureDiameters(lot);
        as("quality").when().get("/api/quality/inspection-lots/" + lot).then().body("status", equalTo("DECIDED"));

        as("quality").queryParam("supplierCode", supplier).queryParam("status", "ALL").when().get("/api/quality/nonconformances")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void a_decisions_scrap_is_booked_already_and_the_rest_awaits_a_disposition() {
        String supplier = supplier();
        String lot = opened(supplier, 1000);
        as("quality").body("""
                {"outcome":"PARTIAL","comment":"sorted","signature":{"password":"quality"},"dispositions":[
                 {"action":"RELEASE","quantity":"900"},{"action":"SCRAP","quantity":"60","reason":"cracked"},{"action":"BLOCK","quantity":"40"}]}""")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision").then().statusCode(200);

        String id = as("quality").queryParam("supplierCode", supplier).when().get("/api/quality/nonconformances")
                .then().statusCode(200).body("", hasSize(1)).extract().path("[0].id");
        as("quality").when().get("/api/quality/nonconformances/" + id).then()
                .body("summary.quantity", equalTo("100")).body("awaitingDisposition", equalTo("40"))
                .body("dispositions", hasSize(1)).body("dispositions[0].action", equalTo("SCRAP"))
                .body("dispositions[0].bookedByDecision", equalTo(true));
    }

    @Test
    void dispositions_go_to_warehouse_and_never_exceed_the_material() throws InvalidProtocolBufferException {
        String id = openByHand(supplier(), "50");

        as("quality").body("{\"action\":\"RETURN_TO_SUPPLIER\",\"quantity\":\"30\",\"reason\":\"back to the supplier\"}")
                .when().post("/api/quality/nonconformances/" + id + "/dispositions").then().statusCode(200)
                .body("awaitingDisposition", equalTo("20"));
        as("quality").body("{\"action\":\"SCRAP\",\"quantity\":\"25\"}")
                .when().post("/api/quality/nonconformances/" + id + "/dispositions").then().statusCode(422)
                .body("errors[0].field", equalTo("/quantity")).body("errors[0].message", containsString("only 20 PCE of NCR-"));
        as("quality").body("{\"action\":\"USE_AS_IS\",\"quantity\":\"5\"}")
                .when().post("/api/quality/nonconformances/" + id + "/dispositions").then().statusCode(400)
                .body("errors[0].field", equalTo("/reason"));
        as("inspector").body("{\"action\":\"SCRAP\",\"quantity\":\"5\"}")
                .when().post("/api/quality/nonconformances/" + id + "/dispositions").then().statusCode(403);

        NcrDispositionDecided decided = NcrDispositionDecided.parseFrom(published(id, "io.forgeline.quality.ncr-disposition-decided.v1").value());
        assertEquals(NcrAction.NCR_ACTION_RETURN_TO_SUPPLIER, decided.getAction());
        assertEquals("30", decided.getQuantity().getAmount());
    }

    @Test
    void an_ncr_by_hand_names_every_wrong_field() {
        as("operator").body("{\"source\":\"GOSSIP\",\"quantity\":\"-1\",\"defectCodes\":[\"no spaces please\"]}")
                .when().post("/api/quality/nonconformances").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("/source", "/itemCode", "/quantity", "/description",
                        "/defectCodes/0"));
        as("operator").body("{\"source\":\"OPERATOR_REPORT\",\"itemCode\":\"%s\",\"quantity\":\"2\",\"description\":\"chipped\"}"
                        .formatted(item))
                .when().post("/api/quality/nonconformances").then().statusCode(201)
                .body("summary.source", equalTo("OPERATOR_REPORT")).body("summary.openedBy", equalTo("operator"))
                .body("summary.defectCodes", hasSize(0));
    }

    @Test
    void the_8d_is_worked_to_closure() {
        String id = openByHand(supplier(), "10");
        as("quality").body("{\"action\":\"SCRAP\",\"quantity\":\"10\"}").when().post("/api/quality/nonconformances/" + id + "/dispositions")
                .then().statusCode(200);
        as("quality").body("{\"owner\":\"Li Wei\",\"dueOn\":\"2026-12-24\",\"content\":\"Li Wei (quality), Jan (stores)\",\"done\":true}")
                .when().put("/api/quality/nonconformances/" + id + "/8d/D1").then().statusCode(200)
                .body("disciplines[0].done", equalTo(true)).body("disciplines[0].owner", equalTo("Li Wei"))
                .body("disciplines[0].dueOn", equalTo("2026-12-24"));

        as("quality").when().post("/api/quality/nonconformances/" + id + "/closure").then().statusCode(422)
                .body("errors[0].field", equalTo("/disciplines")).body("errors[0].message", containsString("D2, D3, D4, D5, D6, D7"));
        for (int d = 2; d <= 7; d++) {
            as("quality").body("{\"content\":\"written\",\"done\":true}").when().put("/api/quality/nonconformances/" + id + "/8d/D" + d)
                    .then().statusCode(200);
        }
        as("quality").when().post("/api/quality/nonconformances/" + id + "/closure").then().statusCode(200)
                .body("summary.status", equalTo("CLOSED")).body("summary.closedBy", equalTo("quality"))
                .body("disciplines[7].done", equalTo(true))
                .body("history.step", hasItem("closed")).body("history.step", hasItem("D4 Root cause written and done"));
        as("quality").body("{\"content\":\"late\"}").when().put("/api/quality/nonconformances/" + id + "/8d/D3").then().statusCode(409);
        as("quality").body("{\"content\":\"x\"}").when().put("/api/quality/nonconformances/" + id + "/8d/D9").then().statusCode(400);
        published(id, "io.forgeline.quality.nonconformance-closed.v1");
    }

    @Test
    void material_awaiting_a_disposition_keeps_the_ncr_open() {
        String id = openByHand(supplier(), "10");
        as("quality").when().post("/api/quality/nonconformances/" + id + "/closure").then().statusCode(422)
                .body("errors[0].field", equalTo("/dispositions")).body("errors[0].message", equalTo("10 PCE still await a disposition"));
    }

    @Test
    void a_supplier_reads_and_answers_its_own_ncrs_only() {
        String ours = openByHand("ACME", "8");
        String theirs = openByHand("GLOBEX", "8");

        supplierAcme().when().get("/partner/v1/nonconformances").then().statusCode(200)
                .body("id", hasItem(ours)).body("id", not(hasItem(theirs))).body("find { it.id == '%s' }.description".formatted(ours),
                        equalTo("Customer returned noisy bearings"));
        supplierAcme().when().get("/partner/v1/nonconformances/" + theirs).then().statusCode(404);
        supplierAcme().body("{\"comment\":\"not ours\"}").when().post("/partner/v1/nonconformances/" + theirs + "/responses").then()
                .statusCode(404);

        supplierAcme().body("{\"containment\":\"sorted 2,000 in our stock\",\"rootCause\":\"worn grease nozzle\"}")
                .when().post("/partner/v1/nonconformances/" + ours + "/responses").then().statusCode(201)
                .body("responses", hasSize(1)).body("responses[0].rootCause", equalTo("worn grease nozzle"))
                .body("responses[0].supplierCode", equalTo("ACME"));
        supplierAcme().body("{}").when().post("/partner/v1/nonconformances/" + ours + "/responses").then().statusCode(400);
        as("quality").when().get("/api/quality/nonconformances/" + ours).then()
                .body("responses[0].containment", equalTo("sorted 2,000 in our stock"))
                .body("history.step", hasItem("supplier ACME responded"));
        as("quality").when().get("/partner/v1/nonconformances").then().statusCode(403);
    }
}
