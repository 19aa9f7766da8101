package io.forgeline.execution.epcis;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.Terminal.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.execution.genealogy.Production;
import io.forgeline.execution.genealogy.Shipping;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bearing lot received from a supplier is consumed into an order whose finished lot (an item with a GTIN) the order
 * produces, and the finished lot is shipped on a pallet; the genealogy answers all of it as EPCIS 2.0 events, each
 * document valid against GS1's JSON Schema.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class EpcisEventsTest {

    /** GS1's own example GTIN: company prefix 0614141, which GS1's prefix list knows. */
    private static final String GTIN = "80614141123458";
    private static final String SSCC = "106141412345678908";
    private static final String UNIT = "006141410000000012";
    private static final String PALLET = "006141410000000029";
    private static final String EVENTS = "/api/execution/epcis/events";
    private static final JsonSchema SCHEMA = schema();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bearing = code("BRG");
    private final String sub = code("SUB");
    private final String lot = code("L");
    private final String supplier = code("SUP");
    private Instant received;
    private Instant produced;
    private String finishedLot;

    @BeforeEach
    void a_received_lot_goes_into_a_finished_lot() {
        deliver("scheduling.items.v1", sub, ItemChanged.newBuilder().setCode(sub).setDescription("Subassembly").setUnit("PCE")
                .setMakeOrBuy("MAKE").setGtin(GTIN).setSerialised(true).setVersion(1).setChangedAt("2030-01-01T08:00:00Z").build().toByteArray(),
                UUID.randomUUID().toString(), "io.forgeline.scheduling.item.changed.v1");
        Production.staged(bearing, lot);
        received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String receipt = UUID.randomUUID().toString();
        deliver("warehouse.goods-receipts.v1", receipt, GoodsReceived.newBuilder().setReceiptId(receipt).setSupplierCode(supplier)
                .setSscc(SSCC).setReceivedAt(received.toString()).setReceivedBy("clerk")
                .addLines(ReceivedLine.newBuilder().setItemCode(bearing).setLot(lot).setReceived(Production.pieces("100"))
                        .setDamaged(Production.pieces("4")))
                .build().toByteArray(), UUID.randomUUID().toString(), "io.forgeline.warehouse.goods-received.v1");
        finishedLot = new Production().made(sub, bearing, lot, "3").lot();
        produced = Instant.now();
    }

    private String bearingClass() {
        return "urn:forgeline:class:lot:" + bearing + ":" + lot;
    }

    private String finishedClass() {
        return "urn:epc:class:lgtin:0614141.812345." + finishedLot;
    }

    /** The events of this test's lots, checked against the schema before anything else is said about them. */
    private static JsonPath query(RequestSpecification request) {
        Response response = request.when().get(EVENTS).then().statusCode(200).contentType("application/ld+json").extract().response();
        assertValid(response.asString());
        return response.jsonPath();
    }

    private RequestSpecification ours() {
        return as("quality").queryParam("MATCH_anyEPCClass", bearingClass() + "|" + finishedClass());
    }

    @Test
    void a_receipt_is_an_object_event_and_a_production_a_transformation_event_with_the_lots_classes_and_quantities() {
        JsonPath document = query(ours());
        assertThat(document.getString("type")).isEqualTo("EPCISQueryDocument");
        assertThat(document.getList("'@context'")).containsExactly("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        assertThat(document.getList("epcisBody.queryResults.resultsBody.eventList.type")).containsExactly("ObjectEvent", "TransformationEvent");

        String receipt = "epcisBody.queryResults.resultsBody.eventList[0].";
        assertThat(document.getString(receipt + "bizStep")).isEqualTo("receiving");
        assertThat(document.getString(receipt + "action")).isEqualTo("OBSERVE");
        assertThat(document.getString(receipt + "disposition")).isEqualTo("in_progress");
        assertThat(Instant.parse(document.getString(receipt + "eventTime"))).isEqualTo(received);
        assertThat(document.getList(receipt + "epcList")).containsExactly("urn:epc:id:sscc:0614141.1234567890");
        assertThat(document.getString(receipt + "quantityList[0].epcClass")).isEqualTo(bearingClass());
        assertThat(document.getInt(receipt + "quantityList[0].quantity")).isEqualTo(96); // 100 counted, 4 refused as damaged
        assertThat(document.getString(receipt + "quantityList[0].uom")).isNull();
        assertThat(document.getString(receipt + "sourceList[0].type")).isEqualTo("owning_party");
        assertThat(document.getString(receipt + "sourceList[0].source")).isEqualTo("urn:forgeline:party:supplier:" + supplier);

        String production = "epcisBody.queryResults.resultsBody.eventList[1].";
        assertThat(document.getString(production + "bizStep")).isEqualTo("commissioning");
        assertThat(document.getList(production + "inputQuantityList")).containsExactly(Map.of("epcClass", bearingClass(), "quantity", 3));
        assertThat(document.getList(production + "outputQuantityList")).containsExactly(Map.of("epcClass", finishedClass(), "quantity", 3));
        assertThat(document.getList(production + "outputEPCList", String.class)).as("the serialised units made").hasSize(3).doesNotHaveDuplicates()
                .allMatch(sgtin -> sgtin.matches("urn:epc:id:sgtin:0614141\\.812345\\.[1-9][0-9]*"));
        assertThat(document.getString(production + "readPoint.id")).startsWith("urn:forgeline:location:work-center:WC-");
        assertThat(document.getString(production + "bizTransactionList[0].type")).isEqualTo("prodorder");
        assertThat(Instant.parse(document.getString(production + "eventTime"))).isBetween(received, produced);
        assertThat(document.getString(production + "eventTimeZoneOffset")).matches("[+-]\\d\\d:\\d\\d");

        assertThat(query(ours()).getList("epcisBody.queryResults.resultsBody.eventList.eventID"))
                .as("a repeated query names the events alike")
                .isEqualTo(document.getList("epcisBody.queryResults.resultsBody.eventList.eventID"));
    }

    @Test
    void a_shipped_unit_is_packed_with_its_lots_onto_its_pallet_and_shipped_to_the_customer() {
        // a moment no other test ships at, so the pallet's event (which names no lot to filter by) is found by its time alone
        Instant shippedAt = produced.plus(ThreadLocalRandom.current().nextInt(1, 100_000), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        String customer = code("CUST");
        Shipping.ship(Shipping.shipment(code("DL"), customer, shippedAt, UNIT, PALLET, sub, finishedLot, "3", "7001", "7002", "7003"));

        JsonPath ours = query(as("quality").queryParam("MATCH_anyEPCClass", finishedClass()));
        assertThat(ours.getList("epcisBody.queryResults.resultsBody.eventList.type"))
                .containsExactly("TransformationEvent", "AggregationEvent", "ObjectEvent");
        String packed = "epcisBody.queryResults.resultsBody.eventList[1].";
        assertThat(ours.getString(packed + "action")).isEqualTo("ADD");
        assertThat(ours.getString(packed + "bizStep")).isEqualTo("packing");
        assertThat(ours.getString(packed + "parentID")).isEqualTo("urn:epc:id:sscc:0614141.0000000001");
        assertThat(ours.getList(packed + "childQuantityList")).containsExactly(Map.of("epcClass", finishedClass(), "quantity", 3));
        String shipped = "epcisBody.queryResults.resultsBody.eventList[2].";
        assertThat(ours.getString(shipped + "bizStep")).isEqualTo("shipping");
        assertThat(ours.getString(shipped + "disposition")).isEqualTo("in_transit");
        assertThat(ours.getList(shipped + "epcList")).as("the unit and the serialised units it carries").containsExactly(
                "urn:epc:id:sscc:0614141.0000000001", "urn:epc:id:sgtin:0614141.812345.7001", "urn:epc:id:sgtin:0614141.812345.7002",
                "urn:epc:id:sgtin:0614141.812345.7003");
        assertThat(ours.getList(shipped + "quantityList")).containsExactly(Map.of("epcClass", finishedClass(), "quantity", 3));
        assertThat(ours.getString(shipped + "destinationList[0].type")).isEqualTo("owning_party");
        assertThat(ours.getString(shipped + "destinationList[0].destination")).isEqualTo("urn:forgeline:party:customer:" + customer);
        assertThat(Instant.parse(ours.getString(shipped + "eventTime"))).isEqualTo(shippedAt);

        JsonPath packing = query(as("quality").queryParam("eventType", "AggregationEvent").queryParam("GE_eventTime", shippedAt.toString())
                .queryParam("LT_eventTime", shippedAt.plusMillis(1).toString()));
        assertThat(packing.getList("epcisBody.queryResults.resultsBody.eventList.parentID"))
                .containsExactly("urn:epc:id:sscc:0614141.0000000001", "urn:epc:id:sscc:0614141.0000000002");
        assertThat(packing.getList("epcisBody.queryResults.resultsBody.eventList[1].childEPCs"))
                .as("the unit onto its pallet").containsExactly("urn:epc:id:sscc:0614141.0000000001");
    }

    @Test
    void the_event_type_and_class_filters_narrow_the_answer() {
        assertThat(query(ours().queryParam("eventType", "TransformationEvent")).getList("epcisBody.queryResults.resultsBody.eventList.type"))
                .containsExactly("TransformationEvent");
        assertThat(query(as("quality").queryParam("MATCH_epcClass", bearingClass()))
                .getList("epcisBody.queryResults.resultsBody.eventList.bizStep"))
                .as("only the receipt counts the bearing lot in its quantity list").containsExactly("receiving");
        assertThat(query(as("planner").queryParam("MATCH_anyEPCClass", "https://id.gs1.org/01/" + GTIN + "/10/" + finishedLot))
                .getList("epcisBody.queryResults.resultsBody.eventList.type"))
                .as("the Digital Link of the finished lot names the same lot as its LGTIN").containsExactly("TransformationEvent");
        assertThat(query(as("planner").queryParam("MATCH_anyEPCClass", "urn:forgeline:class:lot:NO-SUCH-ITEM:" + lot))
                .getList("epcisBody.queryResults.resultsBody.eventList")).isEmpty();
    }

    @Test
    void the_time_filters_take_events_from_ge_and_before_lt() {
        assertThat(query(ours().queryParam("GE_eventTime", received.plusMillis(1).toString()))
                .getList("epcisBody.queryResults.resultsBody.eventList.type")).containsExactly("TransformationEvent");
        assertThat(query(ours().queryParam("LT_eventTime", received.plusMillis(1).toString()))
                .getList("epcisBody.queryResults.resultsBody.eventList.type")).containsExactly("ObjectEvent");
        assertThat(query(ours().queryParam("GE_eventTime", received.toString()).queryParam("LT_eventTime", produced.plusSeconds(1).toString()))
                .getList("epcisBody.queryResults.resultsBody.eventList")).hasSize(2);
    }

    @Test
    void pages_follow_each_other_through_the_next_page_token_until_none_is_left() {
        Response first = ours().queryParam("perPage", 1).when().get(EVENTS).then().statusCode(200).extract().response();
        assertValid(first.asString());
        assertThat(first.jsonPath().getList("epcisBody.queryResults.resultsBody.eventList.type")).containsExactly("ObjectEvent");
        String link = first.header("Link");
        assertThat(link).startsWith("<" + EVENTS + "?").endsWith(">; rel=\"next\"").contains("nextPageToken=").contains("perPage=1");

        // the link is written encoded already
        Response second = as("quality").urlEncodingEnabled(false).when().get(link.substring(1, link.indexOf('>'))).then().statusCode(200).extract().response();
        assertValid(second.asString());
        assertThat(second.jsonPath().getList("epcisBody.queryResults.resultsBody.eventList.type")).containsExactly("TransformationEvent");
        assertThat(second.header("Link")).isNull();
    }

    @Test
    void json_is_answered_to_who_asks_for_json() {
        as("admin").accept("application/json").queryParam("MATCH_anyEPCClass", bearingClass()).when().get(EVENTS).then()
                .statusCode(200).contentType("application/json").body("type", equalTo("EPCISQueryDocument"));
    }

    @Test
    void only_quality_engineers_planners_and_admins_read_the_events() {
        as("operator").when().get(EVENTS).then().statusCode(403);
        as("inspector").when().get(EVENTS).then().statusCode(403);
    }

    @Test
    void a_bad_parameter_is_a_400_naming_it() {
        for (String perPage : List.of("0", "1001", "many")) {
            as("quality").queryParam("perPage", perPage).when().get(EVENTS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("perPage"));
        }
        as("quality").queryParam("nextPageToken", "forged").when().get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("nextPageToken"));
        as("quality").queryParam("GE_eventTime", "yesterday").when().get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("GE_eventTime"));
        as("quality").queryParam("EQ_bizStep", "shipping").when().get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("EQ_bizStep"));
    }

    private static void assertValid(String document) {
        try {
            Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(document));
            assertThat(errors).as("EPCIS JSON Schema violations of %s", document).isEmpty();
        } catch (IOException unreadable) {
            throw new AssertionError("not JSON: " + document, unreadable);
        }
    }

    private static JsonSchema schema() {
        try (InputStream in = EpcisEventsTest.class.getResourceAsStream("/epcis/epcis-json-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException missing) {
            throw new IllegalStateException("the EPCIS JSON Schema is missing from the test resources", missing);
        }
    }
}
