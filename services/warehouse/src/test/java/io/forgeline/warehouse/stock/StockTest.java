package io.forgeline.warehouse.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.contracts.warehouse.v1.AvailabilityReply;
import io.forgeline.contracts.warehouse.v1.AvailabilityRequest;
import io.forgeline.contracts.warehouse.v1.ItemAvailability;
import io.forgeline.contracts.warehouse.v1.StockAvailabilityGrpc;
import io.forgeline.contracts.warehouse.v1.StockAvailabilityGrpc.StockAvailabilityBlockingStub;
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
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class StockTest {

    @TestHTTPResource("/")
    URL root;

    private StockAvailabilityBlockingStub grpc(String token) {
        StockAvailabilityBlockingStub stub = StockAvailabilityGrpc.newBlockingStub(ServiceCalls.channel(root))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        return token == null ? stub : stub.withCallCredentials(ServiceCalls.as(token));
    }

    private static final AvailabilityRequest BEARINGS = AvailabilityRequest.newBuilder().addItemCodes("BEARING-6204").build();

    @Test
    void a_clerk_sees_available_and_quarantined_bearings_separately() {
        given().auth().oauth2(Tokens.user("clerk"))
                .queryParam("itemCode", "BEARING-6204")
                .when().get("/api/warehouse/stock")
                .then().statusCode(200)
                .body("itemCode", equalTo("BEARING-6204"))
                .body("available.amount", equalTo("60"))
                .body("available.unit", equalTo("PCE"))
                .body("quarantined.amount", equalTo("40"))
                .body("lots", hasSize(2))
                .body("lots.lot", hasItem("L-BR-2611"));
    }

    @Test
    void stock_without_a_token_is_refused_as_problem_json() {
        given().queryParam("itemCode", "BEARING-6204")
                .when().get("/api/warehouse/stock")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void an_operator_may_not_browse_the_stock_ledger() {
        given().auth().oauth2(Tokens.user("operator"))
                .queryParam("itemCode", "BEARING-6204")
                .when().get("/api/warehouse/stock")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void asking_for_stock_without_an_item_names_the_missing_parameter() {
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/warehouse/stock")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("itemCode"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void planning_gets_availability_of_several_items_over_grpc() {
        AvailabilityReply reply = grpc(ServiceCalls.service("scheduling")).checkAvailability(AvailabilityRequest.newBuilder()
                .addItemCodes("SHAFT-01").addItemCodes("BEARING-6204").addItemCodes("NO-SUCH-ITEM").build());

        assertEquals(3, reply.getItemsCount());
        ItemAvailability shafts = reply.getItems(0);
        assertEquals("SHAFT-01", shafts.getItemCode());
        assertEquals("120", shafts.getAvailable().getAmount());
        assertEquals("60", reply.getItems(1).getAvailable().getAmount());
        assertEquals("40", reply.getItems(1).getQuarantined().getAmount());
        assertFalse(reply.getItems(2).getKnownItem());
        assertEquals("0", reply.getItems(2).getAvailable().getAmount());
    }

    @Test
    void a_grpc_call_without_a_token_is_unauthenticated() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> grpc(null).checkAvailability(BEARINGS));
        assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode(), refused.getStatus().toString());
    }

    @Test
    void a_service_with_no_business_asking_for_stock_is_refused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> grpc(ServiceCalls.service("supply")).checkAvailability(BEARINGS));
        assertEquals(Status.Code.PERMISSION_DENIED, refused.getStatus().getCode(), refused.getStatus().toString());
    }

    @Test
    void a_person_cannot_use_the_service_to_service_call_even_with_a_valid_token() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> grpc(Tokens.user("clerk")).checkAvailability(BEARINGS));
        assertEquals(Status.Code.PERMISSION_DENIED, refused.getStatus().getCode(), refused.getStatus().toString());
    }

    @Test
    void a_forged_token_is_unauthenticated() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> grpc("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").checkAvailability(BEARINGS));
        assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode(), refused.getStatus().toString());
    }
}
