package io.forgeline.warehouse.putaway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.forgeline.warehouse.receiving.Dock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class PutawayTest {

    private static Sscc receivedPallet(String lot) {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line(lot, "12"))));
        Dock.awaitExpected(sscc, true);
        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(201);
        return sscc;
    }

    private static String suggested(Sscc sscc) {
        return given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/putaway/{scan}", sscc.value())
                .then().statusCode(200)
                .body("zone", equalTo("QUARANTINE"))
                .extract().path("bin");
    }

    private static io.restassured.response.Response confirm(String unitScan, String bin) {
        return given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON)
                .body(Map.of("handlingUnit", unitScan, "bin", bin)).when().post("/api/warehouse/putaway");
    }

    @Test
    void quarantined_goods_are_put_away_whole_into_the_quarantine_bin_the_clerk_scans() {
        Sscc sscc = receivedPallet("P-1");
        String bin = suggested(sscc);
        assertThat(bin).startsWith("QA-");

        confirm("]C100" + sscc.value(), bin)
                .then().statusCode(201)
                .body("movements.type", hasItem("PUTAWAY"))
                .body("movements.location", equalTo(List.of("DOCK-01", bin)));
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/handling-units/{sscc}", sscc.value())
                .then().statusCode(200)
                .body("lines[0].location", equalTo(bin))
                .body("lines[0].status", equalTo("QUARANTINE"));
        confirm(sscc.value(), bin).then().statusCode(409).body("detail", containsString("already"));
    }

    @Test
    void the_wrong_bin_is_refused_naming_the_one_the_unit_goes_to() {
        Sscc sscc = receivedPallet("P-2");
        String bin = suggested(sscc);
        confirm(sscc.value(), "A-01-01")
                .then().statusCode(422)
                .body("errors.field", hasItem("bin"))
                .body("detail", containsString("put it into " + bin));
    }

    @Test
    void a_second_pallet_of_the_same_lot_goes_where_the_first_one_is() {
        Sscc first = receivedPallet("P-3");
        String bin = suggested(first);
        confirm(first.value(), bin).then().statusCode(201);
        Sscc second = receivedPallet("P-3");
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/putaway/{scan}", second.value())
                .then().statusCode(200)
                .body("bin", equalTo(bin))
                .body("reason", equalTo("holds the same item and lot"));
    }

    @Test
    void a_scan_that_is_no_sscc_is_refused_naming_it() {
        confirm("A-01-01", "QA-01").then().statusCode(400).body("errors.field", hasItem("handlingUnit"));
    }
}
