package io.forgeline.quality.inspectionplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.contracts.quality.v1.InspectionPlanRequest;
import io.forgeline.contracts.quality.v1.InspectionPlansGrpc;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.ServiceCalls;
import io.forgeline.testing.Tokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class InspectionPlanTest {

    @TestHTTPResource("/")
    URL root;

    /** As receiving in the warehouse asks: with the warehouse service's own token. */
    private InspectionPlansGrpc.InspectionPlansBlockingStub grpc() {
        return InspectionPlansGrpc.newBlockingStub(ServiceCalls.channel(root)).withDeadlineAfter(10, TimeUnit.SECONDS)
                .withCallCredentials(ServiceCalls.as(ServiceCalls.service("warehouse")));
    }

    @Test
    void an_inspector_finds_the_incoming_plan_for_bearings() {
        given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("itemCode", "BEARING-6204")
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].inspectionType", equalTo("INCOMING"))
                .body("[0].aql", equalTo("1"))
                .body("[0].inspectionLevel", equalTo("II"))
                .body("[0].characteristics", hasSize(3))
                .body("[0].characteristics[0].code", equalTo("BORE"))
                .body("[0].characteristics[0].lowerLimit", equalTo("19.99"))
                .body("[0].scheme", equalTo("ISO2859-1"))
                .body("[0].characteristics[0].kind", equalTo("VARIABLE"))
                .body("[0].characteristics[0].inspectionLevel", equalTo("S-3"))
                .body("[0].characteristics[2].kind", equalTo("ATTRIBUTE"))
                .body("[0].characteristics[2].defectClass", equalTo("MINOR"))
                .body("[0].characteristics[2].sampling", equalTo("AQL"));
    }

    @Test
    void an_item_without_plans_has_an_empty_list() {
        given().auth().oauth2(Tokens.user("quality"))
                .queryParam("itemCode", "SHAFT-01")
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void an_unknown_inspection_type_is_refused_naming_the_parameter() {
        given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("itemCode", "BEARING-6204").queryParam("type", "SOMETIMES")
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be INCOMING, IN_PROCESS or FINAL"));
    }

    @Test
    void an_operator_does_not_read_inspection_plans() {
        given().auth().oauth2(Tokens.user("operator"))
                .queryParam("itemCode", "BEARING-6204")
                .when().get("/api/quality/inspection-plans")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void receiving_asks_for_the_incoming_plan_over_grpc() {
        var plan = grpc().getInspectionPlan(InspectionPlanRequest.newBuilder().setItemCode("BEARING-6204").setInspectionType("INCOMING").build());

        assertEquals("IP-BEARING-6204-IN", plan.getPlanCode());
        assertEquals("46.989", plan.getCharacteristics(1).getLowerLimit());
    }

    @Test
    void an_item_without_a_plan_is_not_found_over_grpc() {
        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class, () -> grpc().getInspectionPlan(
                InspectionPlanRequest.newBuilder().setItemCode("SHAFT-01").build()));

        assertEquals(Status.Code.NOT_FOUND, missing.getStatus().getCode());
    }
}
