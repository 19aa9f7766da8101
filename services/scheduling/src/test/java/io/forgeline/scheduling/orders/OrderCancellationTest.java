package io.forgeline.scheduling.orders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A planner cancels an order; the cancellation leaves through the outbox for execution and supply. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling"))
class OrderCancellationTest {

    private static final String ORDERS = "/api/scheduling/production-orders";
    private static final String TOPIC = "scheduling.production-orders.v1";
    private static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";

    private static String create(boolean release) {
        String due = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return given().auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"4\",\"dueDate\":\"" + due + "\",\"release\":" + release + "}")
                .when().post(ORDERS).then().statusCode(201).extract().path("id");
    }

    private static ProductionOrderCancelled cancelledEvent(String orderId, Duration within) {
        return KafkaProbe.await(TOPIC, r -> orderId.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")), within)
                .map(OrderCancellationTest::parse)
                .orElseThrow(() -> new AssertionError("no cancelled event for " + orderId));
    }

    @Test
    void cancelling_a_released_order_announces_it_with_what_it_was_and_who_cancelled_it() {
        String id = create(true);

        given().auth().oauth2(Tokens.user("planner")).when().post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        ConsumerRecord<String, byte[]> record = KafkaProbe.await(TOPIC,
                r -> id.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no cancelled event for " + id));
        assertEquals("/forgeline/scheduling", KafkaProbe.header(record, "ce_source"));
        ProductionOrderCancelled event = parse(record);
        String number = given().auth().oauth2(Tokens.user("planner")).when().get(ORDERS + "/" + id).then().extract().path("number");
        assertEquals(number, event.getOrderNumber());
        assertEquals("GEARBOX-A", event.getItemCode());
        assertEquals("RELEASED", event.getPreviousStatus());
        assertEquals("planner", event.getCancelledBy());
        assertTrue(Instant.parse(event.getCancelledAt()).isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void a_planned_order_that_is_cancelled_is_announced_too() {
        String id = create(false);

        given().auth().oauth2(Tokens.user("planner")).when().post(ORDERS + "/" + id + "/cancel").then().statusCode(200);

        assertEquals("PLANNED", cancelledEvent(id, Duration.ofSeconds(20)).getPreviousStatus());
    }

    @Test
    void an_order_the_shop_floor_has_started_cannot_be_cancelled_and_nothing_is_announced() {
        String id = create(true);
        String number = given().auth().oauth2(Tokens.user("planner")).when().get(ORDERS + "/" + id).then().extract().path("number");
        OperationStarted started = OperationStarted.newBuilder().setOrderId(id).setOrderNumber(number).setOperationSequence(10)
                .setWorkCenterCode("CNC-01").setMachineCode("CNC-01-M1").setStartedAt(Instant.now().toString()).setStartedBy("operator").build();
        KafkaProbe.send("execution.operation-progress.v1", id, started.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.execution.operation.started.v1"));
        Eventually.within(Duration.ofSeconds(15), () -> "IN_PROGRESS".equals(
                given().auth().oauth2(Tokens.user("planner")).when().get(ORDERS + "/" + id).then().extract().path("status")), "order in progress");

        given().auth().oauth2(Tokens.user("planner")).when().post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is IN_PROGRESS and cannot become CANCELLED"));

        assertTrue(KafkaProbe.await(TOPIC, r -> id.equals(r.key()) && CANCELLED.equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(3)).isEmpty(), "a refused cancellation was announced");
    }

    @Test
    void an_operator_may_not_cancel_orders() {
        String id = create(true);

        given().auth().oauth2(Tokens.user("operator")).when().post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("planner")).when().get(ORDERS + "/" + id).then().body("status", equalTo("RELEASED"));
    }

    private static ProductionOrderCancelled parse(ConsumerRecord<String, byte[]> record) {
        try {
            return ProductionOrderCancelled.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
