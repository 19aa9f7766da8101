package io.forgeline.warehouse.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.contracts.warehouse.v1.ShippedUnit;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An outbound delivery from the ERP's order through picking, packing and shipping, to the customer's DESADV. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class DeliveryTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    /** An item of its own: lot A (expiring first) 10 in B-02-04, lot B 10 in B-02-03. */
    private static String itemWithTwoLots() {
        String item = "SHP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        as("admin").contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("itemCode", item, "lot", "A-" + item, "location", "B-02-04", "quantity", "10", "unit", "PCE", "status", "AVAILABLE",
                                "expiresOn", "2030-01-31"),
                        Map.of("itemCode", item, "lot", "B-" + item, "location", "B-02-03", "quantity", "10", "unit", "PCE", "status", "AVAILABLE",
                                "expiresOn", "2031-06-30"))))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
        return item;
    }

    private static Map<String, Object> order(String item, String quantity) {
        return Map.of("customerCode", "C-4711", "customerName", "Muster Antriebe GmbH", "customerReference", "SO-88123",
                "shipOn", LocalDate.now().plusDays(1).toString(), "lines", List.of(Map.of("itemCode", item, "quantity", quantity, "unit", "PCE")));
    }

    private static JsonPath delivered(Map<String, Object> order) {
        return as("clerk").contentType(ContentType.JSON).body(order).when().post("/api/warehouse/deliveries")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void pickAll(JsonPath delivery) {
        for (Map<String, Object> pick : delivery.<Map<String, Object>>getList("picks")) {
            as("clerk").contentType(ContentType.JSON).body(Map.of("from", pick.get("fromBin"), "quantity", ((Map<?, ?>) pick.get("quantity")).get("amount")))
                    .when().post("/api/warehouse/pick-tasks/{id}/confirmation", pick.get("id")).then().statusCode(200);
        }
    }

    private static List<Map<String, Object>> stockOf(String item) {
        return as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath().getList("lots");
    }

    @Test
    void a_delivery_is_picked_fefo_to_the_shipping_bin_packed_into_sscc_units_and_shipped_once() {
        String item = itemWithTwoLots();
        JsonPath delivery = delivered(order(item, "12"));
        String id = delivery.getString("id");
        assertThat(delivery.getString("number")).startsWith("DL-");
        assertThat(delivery.getString("status")).isEqualTo("OPEN");
        assertThat(delivery.getList("picks.lot")).as("FEFO: the lot expiring first, then the next").containsExactly("A-" + item, "B-" + item);
        assertThat(delivery.getList("picks.quantity.amount")).containsExactly("10", "2");
        assertThat(delivery.getList("picks.toBin")).containsOnly("SHIP-01");

        // nothing leaves before it is picked and packed
        as("clerk").when().post("/api/warehouse/deliveries/{id}/shipment", id).then().statusCode(422)
                .body("detail", containsString("still has open picks"));
        as("clerk").contentType(ContentType.JSON).body("{}").when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(422)
                .body("detail", containsString("waits to be packed"));

        pickAll(delivery);
        // one unit of lot A, named; then the rest, all that waits; the second asked twice with one key
        String first = as("clerk").contentType(ContentType.JSON)
                .body(Map.of("contents", List.of(Map.of("itemCode", item, "lot", "A-" + item, "quantity", "10"))))
                .when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(201).extract().path("sscc");
        as("clerk").contentType(ContentType.JSON).body(Map.of("contents", List.of(Map.of("itemCode", item, "lot", "B-" + item, "quantity", "3"))))
                .when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(422)
                .body("errors.field", hasItem("/contents/0/quantity")).body("detail", containsString("only 2 PCE"));
        String key = UUID.randomUUID().toString();
        String second = as("clerk").header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(201).extract().asString();
        assertThat(as("clerk").header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(201).extract().asString()).isEqualTo(second);
        String secondSscc = JsonPath.from(second).getString("sscc");
        assertThat(first).startsWith("04012345").hasSize(18).isNotEqualTo(secondSscc);
        assertThat(stockOf(item)).filteredOn(lot -> "SHIP-01".equals(lot.get("location")))
                .extracting(lot -> lot.get("handlingUnit")).containsExactlyInAnyOrder(first, secondSscc);

        String shipKey = UUID.randomUUID().toString();
        String shipped = as("clerk").header("Idempotency-Key", shipKey).when().post("/api/warehouse/deliveries/{id}/shipment", id)
                .then().statusCode(201).body("status", equalTo("SHIPPED")).body("shippedBy", equalTo("clerk")).extract().asString();
        assertThat(as("clerk").header("Idempotency-Key", shipKey).when().post("/api/warehouse/deliveries/{id}/shipment", id)
                .then().statusCode(201).extract().asString()).isEqualTo(shipped);
        assertThat(stockOf(item)).as("what was left in storage: 8 of lot B").singleElement()
                .satisfies(lot -> assertThat(lot).containsEntry("lot", "B-" + item).containsEntry("location", "B-02-03"));
        assertThat(as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/ledger").then().extract().jsonPath()
                .<String>getList("movements.type")).as("one shipment row per unit").filteredOn("SHIPMENT"::equals).hasSize(2);
        as("clerk").when().post("/api/warehouse/deliveries/{id}/shipment", id).then().statusCode(409);
        as("clerk").contentType(ContentType.JSON).body("{}").when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(409);

        ShipmentConfirmed event = KafkaProbe.await("warehouse.shipments.v1", r -> r.key().equals(id), Eventually.EVENT_APPLIED)
                .map(r -> parse(r.value())).orElseThrow(() -> new AssertionError("no shipment of " + id));
        assertThat(event.getCustomerCode()).isEqualTo("C-4711");
        assertThat(event.getCustomerReference()).isEqualTo("SO-88123");
        assertThat(event.getUnitsList()).extracting(ShippedUnit::getSscc).containsExactly(first, secondSscc);
        assertThat(event.getUnits(0).getLines(0).getLot()).isEqualTo("A-" + item);
        assertThat(event.getUnits(0).getLines(0).getExpiresOn()).isEqualTo("2030-01-31");
        assertThat(event.getUnits(1).getLines(0).getQuantity().getAmount()).isEqualTo("2");
    }

    private static ShipmentConfirmed parse(byte[] value) {
        try {
            return ShipmentConfirmed.parseFrom(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_customer_gets_a_desadv_of_what_left_unit_by_unit_with_lots_and_expiry() {
        String item = itemWithTwoLots();
        JsonPath delivery = delivered(order(item, "4"));
        String id = delivery.getString("id");
        as("clerk").when().get("/api/warehouse/deliveries/{id}/desadv", id).then().statusCode(409)
                .body("detail", containsString("not shipped yet"));
        pickAll(delivery);
        String sscc = as("clerk").contentType(ContentType.JSON).body("{}").when().post("/api/warehouse/deliveries/{id}/packages", id)
                .then().statusCode(201).extract().path("sscc");
        as("clerk").when().post("/api/warehouse/deliveries/{id}/shipment", id).then().statusCode(201);

        byte[] bytes = as("clerk").when().get("/api/warehouse/deliveries/{id}/desadv", id).then().statusCode(200)
                .contentType(containsString("application/EDIFACT")).extract().asByteArray();
        String desadv = new String(bytes, StandardCharsets.ISO_8859_1);
        String number = delivery.getString("number");
        assertThat(desadv).contains("UNB+UNOC:3+FORGELINE1000:ZZZ+C-4711:ZZZ+").contains("BGM+351+" + number + "+9'")
                .contains("RFF+ON:SO-88123'").contains("NAD+BY+C-4711::92'").contains("PCI+33E'").contains("GIN+BJ+" + sscc + "'")
                .contains("PIA+5+" + item + ":SA'").contains("QTY+12:4:PCE'").contains("DTM+36:20300131:102'").contains("GIN+BX+A-" + item + "'")
                .contains("CNT+2:1'");
        List<String> segments = desadv.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        int unh = segments.indexOf(segments.stream().filter(s -> s.startsWith("UNH+")).findFirst().orElseThrow());
        String unt = segments.stream().filter(s -> s.startsWith("UNT+")).findFirst().orElseThrow();
        assertThat(unt).as("UNT counts UNH to UNT").startsWith("UNT+" + (segments.indexOf(unt) - unh + 1) + "+");
    }

    @Test
    void a_delivery_free_stock_cannot_cover_is_refused_whole_naming_the_line() {
        String item = itemWithTwoLots();
        String other = itemWithTwoLots();
        Map<String, Object> order = Map.of("customerCode", "C-4711", "shipOn", LocalDate.now().plusDays(1).toString(), "lines", List.of(
                Map.of("itemCode", other, "quantity", "5", "unit", "PCE"), Map.of("itemCode", item, "quantity", "21", "unit", "PCE")));

        as("clerk").contentType(ContentType.JSON).body(order).when().post("/api/warehouse/deliveries").then().statusCode(422)
                .body("errors.field", hasItem("/lines/1/quantity")).body("detail", containsString("only 20 PCE of " + item + " are free to ship"))
                .body("detail", containsString("1 short"));
        assertThat(as("clerk").when().get("/api/warehouse/pick-tasks").then().extract().jsonPath().<String>getList("itemCode"))
                .as("nothing planned, not even the line that could be covered").doesNotContain(other, item);
    }

    @Test
    void bad_deliveries_are_refused_by_field() {
        String item = itemWithTwoLots();
        as("clerk").contentType(ContentType.JSON).body(Map.of("customerCode", "C-1", "lines", List.of(Map.of("itemCode", item, "quantity", "1",
                        "unit", "PCE")))).when().post("/api/warehouse/deliveries").then().statusCode(400)
                .body("errors.field", hasItem("shipOn"));
        as("clerk").contentType(ContentType.JSON).body(Map.of("customerCode", "C-1", "shipOn", "2026-12-24", "lines", List.of(
                        Map.of("itemCode", item, "quantity", "1", "unit", "PCE"), Map.of("itemCode", item, "quantity", "2", "unit", "PCE"))))
                .when().post("/api/warehouse/deliveries").then().statusCode(400)
                .body("errors.field", hasItem("/lines/1/itemCode")).body("errors.message", hasItem(containsString("one line per item")));
        as("clerk").contentType(ContentType.JSON).body(Map.of("customerCode", "C-1", "shipOn", "2026-12-24", "lines", List.of(
                        Map.of("itemCode", item, "quantity", "1", "unit", "BOX"))))
                .when().post("/api/warehouse/deliveries").then().statusCode(422)
                .body("errors.field", hasItem("/lines/0/unit")).body("detail", containsString("is kept in PCE"));
        as("planner").when().get("/api/warehouse/deliveries").then().statusCode(403);
    }

    @Test
    void cartons_travel_on_a_pallet_whose_label_lists_what_they_hold() throws Exception {
        String item = itemWithTwoLots();
        JsonPath delivery = delivered(order(item, "6"));
        String id = delivery.getString("id");
        pickAll(delivery);
        String first = as("clerk").contentType(ContentType.JSON).body(Map.of("contents", List.of(Map.of("itemCode", item, "lot", "A-" + item,
                "quantity", "3")))).when().post("/api/warehouse/deliveries/{id}/packages", id).then().statusCode(201).extract().path("sscc");
        String second = as("clerk").contentType(ContentType.JSON).body("{}").when().post("/api/warehouse/deliveries/{id}/packages", id)
                .then().statusCode(201).extract().path("sscc");
        as("clerk").contentType(ContentType.JSON).body(Map.of("units", List.of(first, "340123450000000017")))
                .when().post("/api/warehouse/deliveries/{id}/pallets", id).then().statusCode(422).body("errors.field", hasItem("/units/1"));

        String key = UUID.randomUUID().toString();
        String location = as("clerk").header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("units", List.of(first, second)))
                .when().post("/api/warehouse/deliveries/{id}/pallets", id).then().statusCode(201)
                .body("packages.pallet", everyItem(startsWith("04012345"))).extract().header("Location");
        assertThat(as("clerk").header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("units", List.of(first, second)))
                .when().post("/api/warehouse/deliveries/{id}/pallets", id).then().statusCode(201).extract().header("Location"))
                .as("asked again with the same key: the same pallet").isEqualTo(location);
        String pallet = location.substring(location.lastIndexOf('/') + 1);
        as("clerk").contentType(ContentType.JSON).body(Map.of("units", List.of(first)))
                .when().post("/api/warehouse/deliveries/{id}/pallets", id).then().statusCode(422)
                .body("detail", containsString("is on pallet " + pallet + " already"));
        assertThat(as("clerk").when().get("/api/warehouse/handling-units/{sscc}", pallet).then().statusCode(200).extract().jsonPath()
                .<String>getList("lines.quantity.amount")).as("the pallet holds what its cartons hold").containsExactlyInAnyOrder("3", "3");

        as("clerk").when().post("/api/warehouse/deliveries/{id}/shipment", id).then().statusCode(201);
        ShipmentConfirmed event = KafkaProbe.await("warehouse.shipments.v1", r -> r.key().equals(id), Eventually.EVENT_APPLIED)
                .map(r -> parse(r.value())).orElseThrow();
        assertThat(event.getUnitsList()).extracting(ShippedUnit::getPalletSscc).containsOnly(pallet);
        String desadv = new String(as("clerk").when().get("/api/warehouse/deliveries/{id}/desadv", id).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(desadv).contains("CPS+2+1'").contains("GIN+BJ+" + pallet + "'").contains("CPS+3+2'").contains("PAC+1++CT'")
                .contains("GIN+BJ+" + first + "'").contains("CPS+4+2'").contains("GIN+BJ+" + second + "'");
    }
}
