package io.forgeline.execution.signals;

import static io.forgeline.execution.EdgeGateway.ago;
import static io.forgeline.execution.EdgeGateway.counter;
import static io.forgeline.execution.EdgeGateway.report;
import static io.forgeline.execution.EdgeGateway.sensor;
import static io.forgeline.execution.EdgeGateway.state;
import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.execution.v1.CounterReading;
import io.forgeline.contracts.execution.v1.MachineSignal;
import io.forgeline.contracts.execution.v1.MachineSignalsReported;
import io.forgeline.contracts.execution.v1.MachineStateChanged;
import io.forgeline.contracts.execution.v1.StateReading;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class MachineSignalsTest {

    static final String STATUS_TOPIC = "execution.machine-status.v1";
    static final String STATE_CHANGED = "io.forgeline.execution.machine.state-changed.v1";

    /** A machine of a fresh work center, known to execution. */
    static String machine() {
        String machine = code("M");
        publish(workCenter(code("WC"), 1, Instant.now(), machine));
        return machine;
    }

    static MachineStateChanged changed(String machine, String state) {
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(STATUS_TOPIC,
                r -> machine.equals(r.key()) && STATE_CHANGED.equals(KafkaProbe.header(r, "ce_type")) && parse(r).getState().equals(state),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(state + " of " + machine + " not on " + STATUS_TOPIC));
        return parse(record);
    }

    private static MachineStateChanged parse(ConsumerRecord<String, byte[]> record) {
        try {
            return MachineStateChanged.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonPath readings(String machine, Instant from) {
        return as("planner").queryParam("from", from.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .when().get("/api/execution/machines/" + machine + "/signals").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void readings_are_stored_once_and_a_repeat_counts_as_duplicates() {
        String m = machine();
        Instant t = ago(0);
        report(m, state(t, "RUNNING", null), counter(t, 1234), sensor(t.plusMillis(500), "71.3"))
                .statusCode(200).body("stored", equalTo(3)).body("duplicates", equalTo(0));
        report(m, state(t, "RUNNING", null), counter(t, 1234), sensor(t.plusMillis(500), "71.3"), counter(t.plusSeconds(1), 1235))
                .statusCode(200).body("stored", equalTo(1)).body("duplicates", equalTo(3));

        // in observed order (at one instant by kind); the silence that may follow meanwhile left out
        JsonPath stored = readings(m, t.minusSeconds(1));
        assertEquals(List.of("COUNTER", "STATE", "SENSOR", "COUNTER"), stored.getList("readings.findAll { it.value != 'UNKNOWN' }.kind"));
        assertEquals(List.of("1234", "RUNNING", "71.3", "1235"), stored.getList("readings.findAll { it.value != 'UNKNOWN' }.value"));
        as("operator").when().get("/api/execution/machines/" + m).then().statusCode(200)
                .body("runState", equalTo("RUNNING")).body("runStateSince", equalTo(t.toString()))
                .body("lastSignalAt", equalTo(t.plusSeconds(1).toString())).body("status", equalTo("UP"));
    }

    @Test
    void out_of_order_readings_are_stored_in_their_place_and_the_newest_state_is_live() {
        String m = machine();
        Instant t = ago(0);
        report(m, state(t, "RUNNING", null)).statusCode(200);
        report(m, state(t.minusSeconds(5), "IDLE", null)).statusCode(200).body("stored", equalTo(1));

        assertEquals(List.of("IDLE", "RUNNING"), readings(m, t.minusSeconds(10)).getList("readings.findAll { it.value != 'UNKNOWN' }.value"));
        as("operator").when().get("/api/execution/machines/" + m).then().body("runState", equalTo("RUNNING"));
    }

    @Test
    void every_bad_field_is_a_400_naming_its_pointer_and_nothing_of_the_batch_is_stored() {
        String m = machine();
        Instant t = ago(2);
        report(m, counter(t, 1), "{\"observedAt\":\"soon\",\"state\":\"RUNNING\"}", "{\"observedAt\":\"" + t + "\",\"sensor\":\"T\",\"value\":\"x\",\"unit\":\"CEL\"}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("/signals/1/observedAt", "/signals/2/value")));

        assertEquals(List.of(), readings(m, t.minusSeconds(10)).getList("readings"));
        report(m, counter(t, 1)).statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void an_unknown_machine_or_a_reading_from_the_future_is_refused() {
        report(code("M"), counter(ago(1), 1)).statusCode(422).body("errors.field", hasItem("/machineCode"));
        report(machine(), counter(ago(1), 1), counter(Instant.now().plus(Duration.ofMinutes(10)), 2))
                .statusCode(422).body("errors.field", equalTo(List.of("/signals/1/observedAt")));
    }

    @Test
    void only_edge_gateways_and_administrators_report_signals() {
        jsonAs("operator", "{\"machineCode\":\"M-1\",\"signals\":[]}").when().post("/api/execution/machine-signals").then().statusCode(403);
    }

    @Test
    void signals_on_the_topic_are_stored_and_a_change_of_state_is_published() {
        String m = machine();
        Instant t = ago(1);
        MachineSignalsReported event = MachineSignalsReported.newBuilder().setMachineCode(m).setSource("edge:test")
                .addSignals(MachineSignal.newBuilder().setObservedAt(t.toString())
                        .setState(StateReading.newBuilder().setState("DOWN").setStopCode("E17")))
                .addSignals(MachineSignal.newBuilder().setObservedAt(t.toString()).setCounter(CounterReading.newBuilder().setName("PARTS").setValue(7)))
                .build();
        deliver("execution.machine-signals.v1", m, event.toByteArray(), UUID.randomUUID().toString(),
                "io.forgeline.execution.machine.signals-reported.v1");

        MachineStateChanged changed = changed(m, "DOWN");
        assertEquals("UNKNOWN", changed.getPreviousState());
        assertEquals("E17", changed.getStopCode());
        assertEquals(t, Instant.parse(changed.getSince()));
        assertEquals(List.of("COUNTER", "STATE"), readings(m, t.minusSeconds(1)).getList("readings.findAll { it.value != 'UNKNOWN' }.kind"));
        // the same readings again under another ce_id: nothing new
        deliver("execution.machine-signals.v1", m, event.toByteArray(), UUID.randomUUID().toString(),
                "io.forgeline.execution.machine.signals-reported.v1");
        assertEquals(2, readings(m, t.minusSeconds(1)).getList("readings.findAll { it.value != 'UNKNOWN' }").size());
    }

    @Test
    void a_machine_that_falls_silent_becomes_unknown_and_its_next_signal_brings_it_back() {
        String m = machine();
        Instant t = ago(0);
        report(m, state(t, "RUNNING", null)).statusCode(200);

        MachineStateChanged silent = changed(m, "UNKNOWN");
        assertEquals("RUNNING", silent.getPreviousState());
        assertEquals(t.plusSeconds(4), Instant.parse(silent.getSince()));
        as("operator").when().get("/api/execution/machines/" + m).then().body("runState", equalTo("UNKNOWN"));

        Instant back = ago(0);
        report(m, counter(back, 10)).statusCode(200);
        Eventually.within(Duration.ofSeconds(10), () -> "RUNNING".equals(as("operator").when().get("/api/execution/machines/" + m)
                .then().extract().path("runState")), m + " running again");
        assertEquals(List.of("RUNNING", "UNKNOWN", "RUNNING"), readings(m, t.minusSeconds(1)).getList("readings.findAll { it.kind == 'STATE' }.value"));
    }

    @Inject
    SignalPartitions partitions;

    @Test
    void a_month_caught_by_the_default_partition_moves_into_its_own_and_is_dropped_once_older_than_the_retention() {
        String m = machine();
        Instant old = Instant.now().minus(Duration.ofDays(1100)).truncatedTo(ChronoUnit.MILLIS);
        report(m, sensor(old, "20.5")).statusCode(200).body("stored", equalTo(1));
        YearMonth month = YearMonth.from(old.atOffset(ZoneOffset.UTC));

        partitions.create("machine_sensor_reading", month).await().indefinitely();
        assertEquals(List.of("20.5"), readings(m, old.minusSeconds(1)).getList("readings.value"));

        partitions.maintain().await().indefinitely();
        assertEquals(List.of(), readings(m, old.minusSeconds(1)).getList("readings"));
        // a reading for a month with no partition of its own lands in the default partition again, and is stored
        report(m, sensor(old, "20.5")).statusCode(200).body("stored", equalTo(1));
        partitions.maintain().await().indefinitely();
        assertEquals(List.of(), readings(m, old.minusSeconds(1)).getList("readings"));
    }

    @Test
    void bad_query_instants_are_400s() {
        as("planner").queryParam("from", "yesterday").when().get("/api/execution/machines/" + machine() + "/signals")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
