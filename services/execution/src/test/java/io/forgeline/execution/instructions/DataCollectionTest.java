package io.forgeline.execution.instructions;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.execution.v1.OperationDataCollected;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Data collection on one order's operation whose instruction asks for a bore (24.98–25.02 mm) and a deburring tick, both
 * required: refused before the start, checked field by field, a bore out of limits kept as the fact it is, published,
 * and the completion refused until both are recorded. The steps build on each other, in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class DataCollectionTest {

    private static final String TOPIC = "execution.operation-progress.v1";
    private static ProductionOrderReleased order;

    /** An order of an item of its own (one operation at a fresh work center), whose operation 10 has the instruction. */
    private static ProductionOrderReleased theOrder() {
        if (order == null) {
            String item = code("HOUSING");
            String center = code("WC");
            publish(workCenter(center, 1, Instant.now(), code("M")));
            WorkInstructionTest.defined(item, 10);
            order = order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-15T12:00:00Z"), center).toBuilder().setItemCode(item).build();
            release(order);
        }
        return order;
    }

    private static String operation() {
        return "/api/execution/operations/" + theOrder().getOrderId() + "/10";
    }

    private static ValidatableResponse collect(String body) {
        return jsonAs("operator", body).when().post(operation() + "/data").then();
    }

    @Test
    @Order(1)
    void data_on_an_operation_not_started_is_refused() {
        collect("{\"values\":[{\"field\":\"BORE\",\"value\":\"25.0\"}]}").statusCode(409).body("detail", containsString("start it first"));
        // the operation shows its instruction before anything is recorded
        as("operator").when().get(operation()).then().statusCode(200).body("instructions.fields.code", containsInAnyOrder("BORE", "DEBURRED"))
                .body("instructions.steps[0].text", equalTo("Clamp the housing")).body("collected.size()", equalTo(0));
    }

    @Test
    @Order(2)
    void a_field_the_instruction_lacks_or_a_value_of_the_wrong_kind_is_named() {
        as("operator").when().post(operation() + "/start").then().statusCode(200);

        collect("{\"values\":[{\"field\":\"TORQUE\",\"value\":\"40\"}]}").statusCode(422)
                .body("errors[0].field", equalTo("/values/0/field")).body("detail", containsString("BORE, DEBURRED"));
        collect("{\"values\":[{\"field\":\"BORE\",\"value\":\"twenty-five\"}]}").statusCode(400)
                .body("errors[0].field", equalTo("/values/0/value"));
        collect("{\"values\":[{\"field\":\"BORE\",\"value\":\"25.01\"},{\"field\":\"DEBURRED\"}]}").statusCode(400)
                .body("errors.field", containsInAnyOrder("/values/1/checked"));
        as("operator").when().get(operation()).then().body("collected.size()", equalTo(0));
    }

    @Test
    @Order(3)
    void the_operation_is_not_completed_while_a_required_field_has_no_value() {
        jsonAs("operator", "{\"goodQuantity\":\"5\"}").when().post(operation() + "/complete").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("/data/BORE", "/data/DEBURRED"))
                .body("detail", containsString("BORE must be recorded before the operation is completed"));
    }

    @Test
    @Order(4)
    void a_bore_outside_its_limits_is_recorded_published_and_answered_once_per_idempotency_key() {
        String key = UUID.randomUUID().toString();
        String body = "{\"values\":[{\"field\":\"BORE\",\"value\":\"25.050\"},{\"field\":\"DEBURRED\",\"checked\":false}]}";
        String first = jsonAs("operator", body).header("Idempotency-Key", key).header("X-Forgeline-Terminal", "T-DATA-1")
                .when().post(operation() + "/data").then().statusCode(201)
                .body("collected.field", org.hamcrest.Matchers.contains("BORE", "DEBURRED"))
                .body("collected[0].value", equalTo("25.05")).body("collected[0].withinLimits", equalTo(false))
                .body("collected[0].checked", nullValue()).body("collected[0].recordedBy", equalTo("operator"))
                .body("collected[1].checked", equalTo(false)).body("collected[1].value", nullValue())
                .extract().asString();
        String again = jsonAs("operator", body).header("Idempotency-Key", key).when().post(operation() + "/data").then().statusCode(201)
                .extract().asString();
        assertEquals(first, again);

        OperationDataCollected event = KafkaProbe.await(TOPIC, r -> theOrder().getOrderId().equals(r.key())
                        && "io.forgeline.execution.operation.data-collected.v1".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(30))
                .map(r -> parse(r.value())).orElseThrow(() -> new AssertionError("OperationDataCollected not on " + TOPIC));
        assertEquals(theOrder().getItemCode(), event.getItemCode());
        assertEquals(theOrder().getOrderNumber(), event.getOrderNumber());
        assertEquals("T-DATA-1", event.getTerminal());
        assertEquals("operator", event.getRecordedBy());
        assertEquals(2, event.getValuesCount());
        assertEquals("BORE", event.getValues(0).getFieldCode());
        assertEquals("25.05", event.getValues(0).getValue());
        assertEquals("24.98", event.getValues(0).getLowerLimit());
        assertEquals("mm", event.getValues(0).getUnit());
        assertFalse(event.getValues(0).getWithinLimits());
        assertEquals("CHECKBOX", event.getValues(1).getKind());
        assertEquals(1, KafkaProbe.all(TOPIC).stream().filter(r -> theOrder().getOrderId().equals(r.key())
                && "io.forgeline.execution.operation.data-collected.v1".equals(KafkaProbe.header(r, "ce_type"))).count(), "published once");
    }

    @Test
    @Order(5)
    void values_recorded_again_count_and_then_the_operation_completes() {
        // an unticked box does not fill a required checkbox
        jsonAs("operator", "{\"goodQuantity\":\"5\"}").when().post(operation() + "/complete").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("/data/DEBURRED"));
        collect("{\"values\":[{\"field\":\"bore\",\"value\":25.01},{\"field\":\"DEBURRED\",\"checked\":true}]}").statusCode(201)
                .body("collected[0].withinLimits", equalTo(true));
        as("operator").when().get(operation()).then().statusCode(200)
                .body("collected.field", org.hamcrest.Matchers.contains("BORE", "DEBURRED"))
                .body("collected[0].value", equalTo("25.01")).body("collected[0].withinLimits", equalTo(true))
                .body("collected[1].checked", equalTo(true));

        jsonAs("operator", "{\"goodQuantity\":\"5\"}").when().post(operation() + "/complete").then().statusCode(200).body("status", equalTo("DONE"));
        collect("{\"values\":[{\"field\":\"BORE\",\"value\":\"25.0\"}]}").statusCode(409);
    }

    private static OperationDataCollected parse(byte[] value) {
        try {
            return OperationDataCollected.parseFrom(value);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
