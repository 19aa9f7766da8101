package io.forgeline.execution.dispatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.DispatchListRequest;
import io.forgeline.contracts.execution.v1.DispatchListsGrpc;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.ServiceCalls;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class DispatchListTest {

    private static final String TOPIC = "scheduling.production-orders.v1";
    private static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";

    @TestHTTPResource("/")
    URL root;

    /** As the warehouse asks when it stages material: with its own service token. */
    private DispatchListsGrpc.DispatchListsBlockingStub grpc() {
        return DispatchListsGrpc.newBlockingStub(ServiceCalls.channel(root)).withDeadlineAfter(10, TimeUnit.SECONDS)
                .withCallCredentials(ServiceCalls.as(ServiceCalls.service("warehouse")));
    }

    private static ProductionOrderReleased released(String number) {
        return ProductionOrderReleased.newBuilder()
                .setOrderId(UUID.randomUUID().toString())
                .setOrderNumber(number)
                .setItemCode("GEARBOX-A")
                .setQuantity(Quantity.newBuilder().setAmount("50").setUnit("PCE"))
                .setDueDate("2030-01-15T12:00:00Z")
                .setReleasedBy("planner")
                .setReleasedAt(Instant.now().toString())
                .addOperations(operation(10, "CNC-01", "Turn shaft seats"))
                .addOperations(operation(20, "ASM-01", "Assemble gearbox"))
                .addOperations(operation(30, "TST-01", "Run-in and leak test"))
                .build();
    }

    private static PlannedOperation operation(int sequence, String workCenter, String description) {
        return PlannedOperation.newBuilder().setSequence(sequence).setWorkCenterCode(workCenter)
                .setDescription(description).setSetupMinutes(30).setRunMinutes("225").build();
    }

    private static String number() {
        return "MO-T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static List<String> ordersAt(String workCenter) {
        return given().auth().oauth2(Tokens.user("operator"))
                .when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list")
                .then().statusCode(200).extract().jsonPath().getList("entries.orderNumber");
    }


    @Test
    void a_released_order_shows_up_on_every_work_center_of_its_routing() {
        String number = number();
        KafkaProbe.send(TOPIC, UUID.randomUUID().toString(), released(number).toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RELEASED));

        Eventually.within(Eventually.EVENT_APPLIED, () -> ordersAt("TST-01").contains(number), number + " on TST-01");
        JsonPath cnc = given().auth().oauth2(Tokens.user("operator"))
                .when().get("/api/execution/work-centers/CNC-01/dispatch-list")
                .then().statusCode(200).body("workCenterCode", equalTo("CNC-01")).extract().jsonPath();
        assertEquals(10, cnc.getInt("entries.find { it.orderNumber == '" + number + "' }.operationSequence"));
        assertEquals("QUEUED", cnc.getString("entries.find { it.orderNumber == '" + number + "' }.status"));
        assertEquals("50", cnc.getString("entries.find { it.orderNumber == '" + number + "' }.quantity"));
        assertTrue(ordersAt("ASM-01").contains(number));
    }

    @Test
    void an_event_delivered_twice_creates_its_dispatch_entries_once() throws Exception {
        String number = number();
        byte[] payload = released(number).toByteArray();
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, "k", payload, KafkaProbe.cloudEvent(eventId, RELEASED));
        KafkaProbe.send(TOPIC, "k", payload, KafkaProbe.cloudEvent(eventId, RELEASED));
        String marker = number();
        KafkaProbe.send(TOPIC, "k", released(marker).toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RELEASED));

        // same key, same partition: once the marker is there, both copies have been handled
        Eventually.within(Eventually.EVENT_APPLIED, () -> ordersAt("CNC-01").contains(marker), marker + " on CNC-01");
        assertEquals(1, ordersAt("CNC-01").stream().filter(number::equals).count());
    }

    @Test
    void an_unreadable_event_is_parked_on_the_dead_letter_topic() {
        String key = "poison-" + UUID.randomUUID();
        KafkaProbe.send(TOPIC, key, new byte[] {1, 2, 3}, java.util.Map.of("ce_type", RELEASED));

        assertTrue(KafkaProbe.await(KafkaProbe.deadLetterTopic(), r -> key.equals(r.key()), Duration.ofSeconds(30)).isPresent(),
                "poison record reached " + KafkaProbe.deadLetterTopic());
    }

    @Test
    void other_services_read_a_dispatch_list_over_grpc() {
        String number = number();
        KafkaProbe.send(TOPIC, UUID.randomUUID().toString(), released(number).toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RELEASED));
        Eventually.within(Eventually.EVENT_APPLIED, () -> ordersAt("ASM-01").contains(number), number + " on ASM-01");

        var list = grpc().getDispatchList(DispatchListRequest.newBuilder().setWorkCenterCode("ASM-01").build());

        assertTrue(list.getEntriesList().stream().anyMatch(e -> e.getOrderNumber().equals(number) && e.getOperationSequence() == 20));
    }

    @Test
    void a_warehouse_clerk_does_not_see_dispatch_lists() {
        given().auth().oauth2(Tokens.user("clerk"))
                .when().get("/api/execution/work-centers/CNC-01/dispatch-list")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/execution/work-centers/CNC-01/dispatch-list")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
