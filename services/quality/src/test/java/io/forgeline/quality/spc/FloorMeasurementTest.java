package io.forgeline.quality.spc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.execution.v1.CollectedValue;
import io.forgeline.contracts.execution.v1.OperationDataCollected;
import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bore diameters operators recorded on the shop floor (OperationDataCollected, as execution publishes it) go on the
 * item's BORE chart like inspection results, once per event, and a bore far off the others raises a rule 1 alert.
 * An item of its own, so no other test's measurements are on its chart; the steps build on each other, in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class FloorMeasurementTest {

    private static final String TOPIC = "execution.operation-progress.v1";
    private static final String ITEM = "HOUSING-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final String ORDER_ID = UUID.randomUUID().toString();
    private static final String ORDER = "MO-" + ITEM;
    private static String lastEventId;
    private static OperationDataCollected lastEvent;

    private static OperationDataCollected collected(String bore) {
        return OperationDataCollected.newBuilder().setCollectionId(UUID.randomUUID().toString()).setOrderId(ORDER_ID).setOrderNumber(ORDER)
                .setOperationSequence(10).setWorkCenterCode("CNC-01").setItemCode(ITEM).setRecordedAt(Instant.now().toString())
                .setRecordedBy("operator").setTerminal("T-CNC-01")
                .addValues(CollectedValue.newBuilder().setFieldCode("BORE").setKind("MEASUREMENT").setValue(bore)
                        .setLowerLimit("24.98").setUpperLimit("25.02").setUnit("mm").setWithinLimits(true))
                .addValues(CollectedValue.newBuilder().setFieldCode("DEBURRED").setKind("CHECKBOX").setChecked(true))
                .build();
    }

    /** Sends without waiting: the delivery that follows (same key, same partition) waits for all before it. */
    private static void send(OperationDataCollected event) {
        KafkaProbe.send(TOPIC, ORDER_ID, event.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "io.forgeline.execution.operation.data-collected.v1"));
    }

    private static void deliver(OperationDataCollected event, String eventId) {
        KafkaProbe.deliver(TOPIC, ORDER_ID, event.toByteArray(), KafkaProbe.cloudEvent(eventId, "io.forgeline.execution.operation.data-collected.v1"),
                ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class), Eventually.EVENT_APPLIED);
    }

    private static ValidatableResponse chart(String characteristic) {
        return given().auth().oauth2(Tokens.user("quality")).queryParam("itemCode", ITEM).queryParam("characteristic", characteristic)
                .when().get("/api/quality/spc/charts").then();
    }

    @Test
    @Order(1)
    void each_recorded_bore_goes_on_the_items_bore_chart_once_however_often_it_is_delivered() {
        for (int i = 0; i < 9; i++) {
            send(collected(i % 3 == 0 ? "25.000" : i % 3 == 1 ? "25.004" : "25.002"));
        }
        lastEventId = UUID.randomUUID().toString();
        lastEvent = collected("25.001");
        deliver(lastEvent, lastEventId);
        // the relay died before its offset was committed: the same event again
        deliver(lastEvent, lastEventId);

        chart("BORE").statusCode(200).body("points", hasSize(10)).body("points[9].value", equalTo(25.001f));
        chart("DEBURRED").statusCode(422); // a checkbox is not measured: no chart
    }

    @Test
    @Order(2)
    void a_bore_far_off_the_others_raises_a_rule_1_alert_naming_the_order() {
        Instant before = Instant.now();
        deliver(collected("25.400"), UUID.randomUUID().toString());

        SpcAlertRaised alert = KafkaProbe.await("quality.spc-alerts.v1", record -> (ITEM + "/BORE").equals(record.key())
                        && parse(record.value()).getRule() == 1 && Instant.parse(parse(record.value()).getRaisedAt()).isAfter(before),
                        Duration.ofSeconds(30))
                .map(record -> parse(record.value())).orElseThrow(() -> new AssertionError("no rule 1 alert for the 25.4 mm bore"));
        assertEquals("25.4", alert.getValue());
        assertEquals(ORDER, alert.getLot());
        assertEquals("", alert.getInspectionLotId());
        assertEquals(ITEM, alert.getItemCode());
        chart("BORE").statusCode(200).body("points", hasSize(11));
    }

    private static SpcAlertRaised parse(byte[] value) {
        try {
            return SpcAlertRaised.parseFrom(value);
        } catch (InvalidProtocolBufferException e) {
            return SpcAlertRaised.getDefaultInstance();
        }
    }
}
