package io.forgeline.scheduling.masterdata.items;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.item;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putItem;
import static io.forgeline.scheduling.masterdata.MasterDataApi.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class ItemResourceTest {

    @Test
    void a_planner_creates_an_item_and_everyone_may_read_it() {
        String code = unique("SHAFT");
        Map<String, Object> item = item("Drive shaft 25 mm", "MAKE");
        item.put("productFamily", "SHAFT");
        item.put("gtin", "04012345000016");

        putItem("planner", code, item)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", equalTo(code))
                .body("version", equalTo(0));

        for (String reader : new String[] {"operator", "quality", "admin"}) {
            as(reader).when().get(BASE + "/items/" + code)
                    .then().statusCode(200)
                    .body("description", equalTo("Drive shaft 25 mm"))
                    .body("unit", equalTo("PCE"))
                    .body("makeOrBuy", equalTo("MAKE"))
                    .body("gtin", equalTo("04012345000016"))
                    .body("productFamily", equalTo("SHAFT"));
        }
    }

    @Test
    void the_list_filters_by_make_or_buy_family_and_supplier() {
        String bought = unique("BOLT");
        Map<String, Object> bolt = item("Bolt M8", "BUY");
        bolt.put("supplierCode", "BOLTS-R-US");
        bolt.put("productFamily", "FASTENER");
        putItem("planner", bought, bolt).then().statusCode(201);

        as("planner").queryParam("makeOrBuy", "BUY").when().get(BASE + "/items")
                .then().statusCode(200)
                .body("code", hasItem(bought)).body("code", hasItem("BEARING-6204")).body("code", not(hasItem("GEARBOX-A")))
                .body("makeOrBuy", everyItem(equalTo("BUY")));
        as("planner").queryParam("supplierCode", "BOLTS-R-US").when().get(BASE + "/items")
                .then().statusCode(200).body("code", equalTo(java.util.List.of(bought)));
        as("planner").queryParam("productFamily", "GEARBOX").when().get(BASE + "/items")
                .then().statusCode(200).body("code", hasItem("GEARBOX-A")).body("code", not(hasItem(bought)));
        as("planner").queryParam("makeOrBuy", "STEAL").when().get(BASE + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("makeOrBuy"));
    }

    @Test
    void replacing_with_the_current_version_moves_the_version_on() {
        String code = unique("HOUSING");
        putItem("planner", code, item("Housing", "MAKE")).then().statusCode(201);
        Map<String, Object> changed = item("Housing, anodised", "MAKE");
        changed.put("version", 0);

        putItem("planner", code, changed).then().statusCode(200).body("version", equalTo(1)).body("description", equalTo("Housing, anodised"));

        as("operator").when().get(BASE + "/items/" + code).then().body("version", equalTo(1)).body("description", equalTo("Housing, anodised"));
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        String code = unique("COVER");
        putItem("planner", code, item("Cover", "MAKE")).then().statusCode(201);
        Map<String, Object> first = item("Cover, blue", "MAKE");
        first.put("version", 0);
        putItem("planner", code, first).then().statusCode(200);
        Map<String, Object> stale = item("Cover, red", "MAKE");
        stale.put("version", 0);

        putItem("admin", code, stale).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("item " + code + " is at version 1, not 0: someone changed it meanwhile; reload it and try again"));

        as("planner").when().get(BASE + "/items/" + code).then().body("description", equalTo("Cover, blue"));
    }

    @Test
    void replacing_without_a_version_is_a_conflict() {
        String code = unique("PIN");
        putItem("planner", code, item("Pin", "MAKE")).then().statusCode(201);

        putItem("planner", code, item("Pin, hardened", "MAKE")).then().statusCode(409)
                .body("detail", equalTo("item " + code + " already exists (version 0): send its version to replace it"));
    }

    @Test
    void a_bought_item_needs_its_supplier() {
        Map<String, Object> item = item("Seal", "BUY");
        item.remove("supplierCode");

        putItem("planner", unique("SEAL"), item).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("supplierCode"));
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_is_refused() {
        Map<String, Object> item = item("Nut", "MAKE");
        item.put("gtin", "04012345000018");

        putItem("planner", unique("NUT"), item).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gtin"))
                .body("errors[0].message", equalTo("GTIN-14 04012345000018 has check digit 8 but its digits need 6"));
    }

    @Test
    void a_gtin_that_is_not_8_12_13_or_14_digits_is_refused_naming_the_field() {
        Map<String, Object> item = item("Nut", "MAKE");
        item.put("gtin", "4012345");

        putItem("planner", unique("NUT"), item).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gtin"))
                .body("errors[0].message", equalTo("a GTIN has 8, 12, 13 or 14 digits, not 7"));
    }

    @Test
    void a_missing_description_and_an_unknown_make_or_buy_are_refused_naming_the_field() {
        Map<String, Object> item = item("x", "MAKE");
        item.remove("description");
        putItem("planner", unique("WASHER"), item).then().statusCode(400)
                .body("errors[0].field", equalTo("description")).body("errors[0].message", equalTo("is required"));

        putItem("planner", unique("WASHER"), item("Washer", "BORROW")).then().statusCode(400).body("errors[0].field", equalTo("makeOrBuy"));
    }

    @Test
    void a_code_with_spaces_is_refused() {
        putItem("planner", "BAD CODE", item("bad", "MAKE")).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void an_operator_may_read_but_not_write_items() {
        String code = unique("SPRING");
        putItem("operator", code, item("Spring", "MAKE")).then().statusCode(403).contentType("application/problem+json");

        as("planner").when().get(BASE + "/items/" + code).then().statusCode(404);
    }

    @Test
    void reading_items_needs_a_token() {
        given().when().get(BASE + "/items").then().statusCode(401);
    }

    @Test
    void every_change_of_an_item_arrives_on_the_compacted_items_topic_keyed_by_its_code() throws Exception {
        String code = unique("GEAR");
        Map<String, Object> item = item("Spur gear z=32", "MAKE");
        item.put("productFamily", "GEAR");
        putItem("planner", code, item).then().statusCode(201);
        item.put("version", 0);
        item.put("description", "Spur gear z=32, hardened");
        putItem("planner", code, item).then().statusCode(200);

        ConsumerRecord<String, byte[]> record = KafkaProbe.await(ItemEvents.TOPIC,
                        r -> code.equals(r.key()) && parse(r).getVersion() == 1, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no ItemChanged version 1 for " + code));

        assertEquals(ItemEvents.CHANGED, KafkaProbe.header(record, "ce_type"));
        ItemChanged event = parse(record);
        assertEquals(code, event.getCode());
        assertEquals("Spur gear z=32, hardened", event.getDescription());
        assertEquals("PCE", event.getUnit());
        assertEquals("MAKE", event.getMakeOrBuy());
        assertEquals("GEAR", event.getProductFamily());
        assertEquals("", event.getSupplierCode());
    }

    @Test
    void purchase_units_are_kept_shown_and_published_with_the_item() throws Exception {
        String code = unique("WASHER");
        Map<String, Object> item = item("Washer M8", "BUY");
        item.put("supplierCode", "ACME");
        item.put("purchaseUnits", List.of(Map.of("unit", "BOX", "factor", "50"), Map.of("unit", "PAL", "factor", "12000")));
        putItem("planner", code, item).then().statusCode(201)
                .body("purchaseUnits.unit", contains("BOX", "PAL"))
                .body("purchaseUnits.factor", contains("50", "12000"));
        item.put("version", 0);
        item.put("purchaseUnits", List.of(Map.of("unit", "BOX", "factor", "40")));
        putItem("planner", code, item).then().statusCode(200).body("purchaseUnits.factor", contains("40"));

        ItemChanged event = parse(KafkaProbe.await(ItemEvents.TOPIC, r -> code.equals(r.key()) && parse(r).getVersion() == 1,
                Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no ItemChanged version 1 for " + code)));
        assertEquals(1, event.getPurchaseUnitsCount());
        assertEquals("BOX", event.getPurchaseUnits(0).getUnit());
        assertEquals("40", event.getPurchaseUnits(0).getFactor());
    }

    @Test
    void a_purchase_unit_that_means_nothing_is_refused_naming_it() {
        String code = unique("WASHER");
        Map<String, Object> item = item("Washer M8", "MAKE");
        item.put("purchaseUnits", List.of(Map.of("unit", "PCE", "factor", "1")));
        putItem("planner", code, item).then().statusCode(400).body("errors.field", hasItem("purchaseUnits[0].unit"));
        item.put("purchaseUnits", List.of(Map.of("unit", "BOX", "factor", "50"), Map.of("unit", "BOX", "factor", "60")));
        putItem("planner", code, item).then().statusCode(400).body("errors.field", hasItem("purchaseUnits[1].unit"));
        item.put("purchaseUnits", List.of(Map.of("unit", "BOX", "factor", "0")));
        putItem("planner", code, item).then().statusCode(400).body("errors.field", hasItem("purchaseUnits[0].factor"));
        as("planner").when().get(BASE + "/items/" + code).then().statusCode(404);
    }

    @Test
    void a_serialised_item_needs_a_gtin_and_a_unit_of_pieces_and_is_published_as_serialised() {
        String code = unique("GEARBOX");
        Map<String, Object> item = item("Serialised gearbox", "MAKE");
        item.put("serialised", true);
        putItem("planner", code, item).then().statusCode(422).body("errors[0].field", equalTo("serialised"));
        item.put("gtin", "04012345000016");
        item.put("unit", "KG");
        putItem("planner", code, item).then().statusCode(422).body("errors[0].field", equalTo("serialised"));
        as("planner").when().get(BASE + "/items/" + code).then().statusCode(404);

        item.put("unit", "EA");
        putItem("planner", code, item).then().statusCode(201).body("serialised", equalTo(true));
        ItemChanged event = parse(KafkaProbe.await(ItemEvents.TOPIC, r -> code.equals(r.key()), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no ItemChanged for " + code)));
        assertEquals(true, event.getSerialised());
        // left out, as every client before the flag: not serialised, and a replace may turn it off
        Map<String, Object> plain = item("Gearbox", "MAKE");
        plain.put("version", 0);
        putItem("planner", code, plain).then().statusCode(200).body("serialised", equalTo(false));
    }

    static ItemChanged parse(ConsumerRecord<String, byte[]> record) {
        try {
            return ItemChanged.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
