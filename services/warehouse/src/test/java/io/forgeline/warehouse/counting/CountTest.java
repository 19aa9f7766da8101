package io.forgeline.warehouse.counting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.forgeline.warehouse.receiving.Dock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class CountTest {

    /** 20 pieces of a lot of their own, received and moved loose into {@code bin}. */
    private static String twentyPiecesIn(String bin) {
        String lot = "C-" + UUID.randomUUID().toString().substring(0, 6);
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line(lot, "20"))));
        Dock.awaitExpected(sscc, true);
        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(201);
        as("clerk").contentType(ContentType.JSON).body(Map.of("type", "TRANSFER", "itemCode", Dock.ITEM, "lot", lot, "location", "DOCK-01",
                "toLocation", bin, "quantity", "20")).when().post("/api/warehouse/movements").then().statusCode(201);
        return lot;
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    /** A count of the bin; answers the line counting the lot. */
    private static JsonPath countOf(String bin) {
        return as("clerk").contentType(ContentType.JSON).body(Map.of("bins", List.of(bin))).when().post("/api/warehouse/counts")
                .then().statusCode(201).extract().jsonPath();
    }

    private static int lineOf(JsonPath task, String lot) {
        return task.getInt("[0].lines.find { it.lot == '" + lot + "' }.line");
    }

    private static List<Map<String, Object>> everyLineCounted(JsonPath task, String lot, String found) {
        return task.<Map<String, Object>>getList("[0].lines").stream()
                .map(line -> Map.<String, Object>of("line", line.get("line"), "counted", lot.equals(line.get("lot")) ? found
                        : given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", line.get("itemCode")).when()
                                .get("/api/warehouse/stock").then().extract().jsonPath()
                                .getString("lots.find { it.lot == '" + line.get("lot") + "' && it.location == '" + task.getString("[0].bin") + "' }.quantity.amount")))
                .toList();
    }

    private static BigDecimalStock stockAt(String lot, String bin) {
        String amount = as("clerk").queryParam("itemCode", Dock.ITEM).when().get("/api/warehouse/stock").then().statusCode(200)
                .extract().jsonPath().getString("lots.find { it.lot == '" + lot + "' && it.location == '" + bin + "' }.quantity.amount");
        return new BigDecimalStock(amount);
    }

    private record BigDecimalStock(String amount) {
    }

    @Test
    void a_count_is_blind_while_open_and_a_small_difference_posts_at_once() {
        String lot = twentyPiecesIn("B-02-04");
        JsonPath task = countOf("B-02-04");
        assertThat(task.getString("[0].status")).isEqualTo("OPEN");
        assertThat(task.getList("[0].lines.book")).containsOnlyNulls();
        String id = task.getString("[0].id");

        as("clerk").contentType(ContentType.JSON).body(Map.of("lines", everyLineCounted(task, lot, "19")))
                .when().post("/api/warehouse/counts/{id}/count", id)
                .then().statusCode(200)
                .body("status", equalTo("POSTED"))
                .body("lines.find { it.lot == '" + lot + "' }.book", equalTo("20"))
                .body("lines.find { it.lot == '" + lot + "' }.variance", equalTo("-1"));
        assertThat(stockAt(lot, "B-02-04").amount()).isEqualTo("19");
        List<Map<String, Object>> movements = as("clerk").queryParam("itemCode", Dock.ITEM).queryParam("lot", lot)
                .when().get("/api/warehouse/ledger").then().extract().jsonPath().getList("movements");
        assertThat(movements.getLast()).containsEntry("type", "COUNT_ADJUSTMENT").containsEntry("reference", "count " + task.getString("[0].number"));

        as("clerk").contentType(ContentType.JSON).body(Map.of("lines", everyLineCounted(task, lot, "19")))
                .when().post("/api/warehouse/counts/{id}/count", id)
                .then().statusCode(409);
    }

    @Test
    void a_large_difference_waits_for_a_second_person_and_posts_when_approved() {
        String lot = twentyPiecesIn("B-02-03");
        JsonPath task = countOf("B-02-03");
        String id = task.getString("[0].id");
        as("clerk").contentType(ContentType.JSON).body(Map.of("lines", everyLineCounted(task, lot, "15")))
                .when().post("/api/warehouse/counts/{id}/count", id)
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("lines.find { it.lot == '" + lot + "' }.posted", equalTo(false));
        assertThat(stockAt(lot, "B-02-03").amount()).as("nothing posted before approval").isEqualTo("20");

        as("clerk").when().post("/api/warehouse/counts/{id}/approval", id)
                .then().statusCode(422)
                .body("detail", containsString("second person"));
        String key = UUID.randomUUID().toString();
        String approved = as("admin").header("Idempotency-Key", key).when().post("/api/warehouse/counts/{id}/approval", id)
                .then().statusCode(200)
                .body("status", equalTo("POSTED"))
                .body("approvedBy", equalTo("admin"))
                .extract().asString();
        // a retry of the approval answers as the first time and posts nothing more
        assertThat(as("admin").header("Idempotency-Key", key).when().post("/api/warehouse/counts/{id}/approval", id)
                .then().statusCode(200).extract().asString()).isEqualTo(approved);
        assertThat(stockAt(lot, "B-02-03").amount()).isEqualTo("15");
        given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/ledger/check").then().body("mismatches.size()", equalTo(0));
    }

    @Test
    void an_empty_bin_is_counted_with_no_lines() {
        // receiving takes the first dock bin, and no test puts goods into the second
        JsonPath task = countOf("DOCK-02");
        as("clerk").contentType(ContentType.JSON).body(Map.of("lines", List.of()))
                .when().post("/api/warehouse/counts/{id}/count", task.getString("[0].id"))
                .then().statusCode(200)
                .body("status", equalTo("POSTED"));
    }

    @Test
    void every_line_must_be_counted() {
        twentyPiecesIn("B-02-02");
        JsonPath task = countOf("B-02-02");
        as("admin").when().post("/api/warehouse/counts/{id}/approval", task.getString("[0].id"))
                .then().statusCode(409)
                .body("detail", containsString("waits for no approval"));
        as("clerk").contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("line", 999, "counted", "1"))))
                .when().post("/api/warehouse/counts/{id}/count", task.getString("[0].id"))
                .then().statusCode(400)
                .body("errors.field", hasItem("/lines/0/line"))
                .body("errors.field", hasItem("/lines"));
    }

    @Test
    void counts_are_ordered_by_bins_or_by_abc_class_but_not_both_or_neither() {
        as("clerk").contentType(ContentType.JSON).body(Map.of()).when().post("/api/warehouse/counts")
                .then().statusCode(400).body("errors.field", hasItem("bins"));
        as("clerk").contentType(ContentType.JSON).body(Map.of("bins", List.of("NOWHERE-9"))).when().post("/api/warehouse/counts")
                .then().statusCode(422).body("detail", containsString("NOWHERE-9"));
        twentyPiecesIn("B-02-01");
        as("clerk").contentType(ContentType.JSON).body(Map.of("abcClass", "A")).when().post("/api/warehouse/counts")
                .then().statusCode(201)
                .body("[0].number", containsString("CNT-"))
                .body("[0].lines[0].book", nullValue());
    }
}
