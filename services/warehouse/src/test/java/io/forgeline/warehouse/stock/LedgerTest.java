package io.forgeline.warehouse.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class LedgerTest {

    private static final String DATABASE = "forgeline_test_warehouse";
    /** An item of this class's own, so that picks planned by other tests never reserve what it moves. */
    private static final String ITEM = "HINGE-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String LOT = "L-HI-1";
    private static boolean stocked;

    /** 80 pieces of the item in A-01-02, entered as an opening balance (once the service is up). */
    @org.junit.jupiter.api.BeforeEach
    void eightyHingesInA0102() {
        if (stocked) {
            return;
        }
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", ITEM, "lot", LOT, "location", "A-01-02", "quantity", "80", "unit", "PCE",
                        "status", "AVAILABLE"))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        stocked = true;
    }

    private static io.restassured.response.Response book(Map<String, Object> movement) {
        return given().auth().oauth2(Tokens.user("clerk")).contentType(ContentType.JSON).body(movement)
                .when().post("/api/warehouse/movements");
    }

    private static JsonPath stock(String itemCode) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", itemCode)
                .when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> ledger(String itemCode, String lot) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", itemCode).queryParam("lot", lot)
                .when().get("/api/warehouse/ledger").then().statusCode(200).extract().jsonPath().getList("movements");
    }

    /** What the ledger's movements add up to at one location, as the stock view would show it. */
    private static BigDecimal sumAt(List<Map<String, Object>> movements, String location) {
        return movements.stream().filter(m -> location.equals(m.get("location")))
                .map(m -> new BigDecimal((String) ((Map<?, ?>) m.get("quantity")).get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void the_demo_stock_enters_the_ledger_as_opening_balances() {
        List<Map<String, Object>> movements = ledger("BEARING-6204", "L-BR-2611");
        assertThat(movements).isNotEmpty();
        assertThat(movements.getFirst()).containsEntry("type", "OPENING").containsEntry("location", "QA-01").containsEntry("status", "QUARANTINE");
    }

    @Test
    void an_unplanned_issue_takes_the_goods_out_and_the_ledger_says_who_and_why() {
        book(Map.of("type", "ISSUE", "itemCode", ITEM, "lot", LOT, "location", "A-01-02", "quantity", "3",
                "reason", "to maintenance for a trial fit"))
                .then().statusCode(201)
                .body("movements[0].type", equalTo("ISSUE"))
                .body("movements[0].quantity.amount", equalTo("-3"))
                .body("movements[0].actor", equalTo("clerk"))
                .body("movements[0].reason", equalTo("to maintenance for a trial fit"));

        List<Map<String, Object>> movements = ledger(ITEM, LOT);
        assertThat(movements.getLast()).containsEntry("type", "ISSUE").containsEntry("actor", "clerk");
        assertThat(movements.getFirst()).containsEntry("type", "OPENING");
        // oldest first, and per location they add up to what the stock view shows
        JsonPath stock = stock(ITEM);
        BigDecimal shown = new BigDecimal(stock.getString("lots.find { it.lot == '" + LOT + "' && it.location == 'A-01-02' }.quantity.amount"));
        assertThat(sumAt(movements, "A-01-02")).isEqualByComparingTo(shown);
    }

    @Test
    void an_issue_of_more_than_the_lot_holds_is_refused_naming_the_shortfall_and_books_nothing() {
        int before = ledger("BEARING-6204", "L-BR-2598").size();
        book(Map.of("type", "ISSUE", "itemCode", "BEARING-6204", "lot", "L-BR-2598", "location", "B-02-01", "quantity", "100000",
                "reason", "to maintenance"))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("quantity"))
                .body("detail", containsString("L-BR-2598"))
                .body("detail", containsString("short"));
        assertThat(ledger("BEARING-6204", "L-BR-2598")).hasSize(before);
    }

    @Test
    void quarantined_stock_is_not_issued() {
        book(Map.of("type", "ISSUE", "itemCode", "BEARING-6204", "lot", "L-BR-2611", "location", "QA-01", "quantity", "1",
                "reason", "to the lab"))
                .then().statusCode(422)
                .body("detail", containsString("holds 0 PCE available"));
    }

    @Test
    void an_unplanned_issue_needs_a_reason() {
        book(Map.of("type", "ISSUE", "itemCode", "SHAFT-01", "lot", "L-SH-2601", "location", "A-01-01", "quantity", "1"))
                .then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void receipts_and_picks_are_not_booked_by_hand() {
        book(Map.of("type", "RECEIPT", "itemCode", "SHAFT-01", "lot", "L-SH-2601", "location", "A-01-01", "quantity", "1", "reason", "x"))
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_transfer_moves_the_goods_and_both_places_add_up() {
        book(Map.of("type", "TRANSFER", "itemCode", ITEM, "lot", LOT, "location", "A-01-02", "toLocation", "A-01-03",
                "quantity", "5"))
                .then().statusCode(201)
                .body("movements.location", equalTo(List.of("A-01-02", "A-01-03")))
                .body("movements.quantity.amount", equalTo(List.of("-5", "5")));
        JsonPath stock = stock(ITEM);
        assertThat(stock.getString("lots.find { it.location == 'A-01-03' }.quantity.amount")).isEqualTo("5");
    }

    @Test
    void a_transfer_to_a_bin_that_does_not_exist_is_refused_naming_it() {
        book(Map.of("type", "TRANSFER", "itemCode", ITEM, "lot", LOT, "location", "A-01-02", "toLocation", "Z-99",
                "quantity", "1"))
                .then().statusCode(422)
                .body("errors.field", hasItem("toLocation"))
                .body("detail", containsString("Z-99"));
    }

    @Test
    void fifty_issues_at_once_against_one_lot_succeed_exactly_as_often_as_the_stock_allows() throws Exception {
        // 40 pieces moved loose into an empty bin, then 50 clerks ask for 1 each there at once
        book(Map.of("type", "TRANSFER", "itemCode", ITEM, "lot", LOT, "location", "A-01-02", "toLocation", "A-01-04",
                "quantity", "40")).then().statusCode(201);
        String token = Tokens.user("clerk");
        Callable<Integer> issue = () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("type", "ISSUE", "itemCode", ITEM, "lot", LOT, "location", "A-01-04", "quantity", "1",
                        "reason", "rush"))
                .when().post("/api/warehouse/movements").statusCode();
        ExecutorService clerks = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = clerks.invokeAll(IntStream.range(0, 50).mapToObj(i -> issue).toList());
            List<Integer> statuses = answers.stream().map(answer -> {
                try {
                    return answer.get();
                } catch (Exception failed) {
                    throw new AssertionError(failed);
                }
            }).toList();
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(40);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(10);
        } finally {
            clerks.shutdown();
        }
        assertThat(sumAt(ledger(ITEM, LOT), "A-01-04")).isZero();
        assertThat(stock(ITEM).getList("lots.location")).doesNotContain("A-01-04");
    }

    @Test
    void every_balance_equals_the_sum_of_its_movements() {
        book(Map.of("type", "ISSUE", "itemCode", ITEM, "lot", LOT, "location", "A-01-02", "quantity", "2",
                "reason", "to maintenance")).then().statusCode(201);
        given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/ledger/check")
                .then().statusCode(200)
                .body("mismatches.size()", equalTo(0));
    }

    @Test
    void the_check_finds_a_balance_someone_changed_behind_the_ledger() {
        LocalStack.sql(DATABASE, "update stock_balance set quantity = quantity + 1 where item_code = 'BEARING-6204' and lot = 'L-BR-2611'");
        try {
            given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/ledger/check")
                    .then().statusCode(200)
                    .body("mismatches.lot", hasItem("L-BR-2611"));
        } finally {
            LocalStack.sql(DATABASE, "update stock_balance set quantity = quantity - 1 where item_code = 'BEARING-6204' and lot = 'L-BR-2611'");
        }
    }

    @Test
    void a_movement_once_booked_can_never_be_changed() {
        assertThatThrownBy(() -> LocalStack.sql(DATABASE, "update stock_movement set quantity = 1 where lot = 'L-BR-2598'"))
                .hasStackTraceContaining("never changed");
        assertThatThrownBy(() -> LocalStack.sql(DATABASE, "delete from stock_movement where lot = 'L-BR-2598'"))
                .hasStackTraceContaining("never changed");
    }

    @Test
    void a_clerk_may_not_run_the_ledger_check() {
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/ledger/check").then().statusCode(403);
    }

    @Test
    void stock_of_an_item_is_kept_in_one_unit() {
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("itemCode", "HOUSING-01", "lot", "L-BOX-1", "location", "A-01-03", "quantity", "2",
                        "unit", "BOX", "status", "AVAILABLE"))))
                .when().post("/api/warehouse/movements/opening-balances")
                .then().statusCode(422)
                .body("errors.field", hasItem("unit"))
                .body("detail", containsString("kept in PCE"));
    }

    @Test
    void a_stock_take_of_a_thousand_lines_is_booked_whole() {
        String item = "TAKE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(Map.of("itemCode", item, "lot", "T" + i, "location", "B-02-04", "quantity", "1", "unit", "PCE", "status", "BLOCKED"));
        }
        // a loop of chained steps once nested all thousand on one stack: the request never answered
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON).body(Map.of("lines", lines))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        assertThat(given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/ledger")
                .then().statusCode(200).extract().jsonPath().getList("movements")).hasSize(1000);
    }
}
