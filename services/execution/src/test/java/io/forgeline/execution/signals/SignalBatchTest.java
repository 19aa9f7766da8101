package io.forgeline.execution.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalBatchTest {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SignalBatch.Checked check(String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        return SignalBatch.fromJson(node, "api:test", NOW);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void the_three_kinds_of_reading_are_read_with_their_fields() throws Exception {
        SignalBatch.Checked checked = check("""
                {"machineCode":"M-1","signals":[
                 {"observedAt":"2026-03-02T05:59:00Z","state":"down","stopCode":"E17"},
                 {"observedAt":"2026-03-02T07:59:00+02:00","counter":"parts","value":1234},
                 {"observedAt":"2026-03-02T05:59:02Z","sensor":"TEMPERATURE","value":"71.3","unit":"cel"}]}""");

        assertTrue(checked.valid(), checked.errors().toString());
        assertEquals(List.of(new Signal.State(Instant.parse("2026-03-02T05:59:00Z"), MachineRunState.DOWN, "E17"),
                new Signal.Counter(Instant.parse("2026-03-02T05:59:00Z"), "PARTS", 1234),
                new Signal.Sensor(Instant.parse("2026-03-02T05:59:02Z"), "TEMPERATURE", new BigDecimal("71.3"), "CEL")),
                checked.batch().signals());
    }

    @Test
    void every_bad_field_is_named_by_its_pointer() throws Exception {
        SignalBatch.Checked checked = check("""
                {"signals":[
                 {"observedAt":"yesterday","state":"RUNNING"},
                 {"observedAt":"2026-03-02T05:59:00Z","state":"UNKNOWN"},
                 {"observedAt":"2026-03-02T05:59:00Z","counter":"PARTS","value":-1},
                 {"observedAt":"2026-03-02T05:59:00Z","sensor":"T","value":"warm"},
                 {"observedAt":"2026-03-02T05:59:00Z"}]}""");

        assertEquals(List.of("/machineCode", "/signals/0/observedAt", "/signals/1/state", "/signals/2/value", "/signals/3/value",
                "/signals/3/unit", "/signals/4"), fields(checked.errors()));
    }

    @Test
    void a_reading_more_than_five_minutes_ahead_of_the_plant_clock_is_refused() throws Exception {
        SignalBatch.Checked checked = check("""
                {"machineCode":"M-1","signals":[{"observedAt":"2026-03-02T06:04:59Z","state":"IDLE"},
                 {"observedAt":"2026-03-02T06:05:01Z","state":"IDLE"}]}""");

        assertTrue(checked.errors().isEmpty());
        assertEquals(List.of("/signals/1/observedAt"), fields(checked.refusals()));
    }

    @Test
    void a_stop_code_is_kept_only_for_a_stop() throws Exception {
        SignalBatch.Checked checked = check("""
                {"machineCode":"M-1","signals":[{"observedAt":"2026-03-02T05:00:00Z","state":"RUNNING","stopCode":"E17"}]}""");

        assertEquals(new Signal.State(Instant.parse("2026-03-02T05:00:00Z"), MachineRunState.RUNNING, null), checked.batch().signals().get(0));
    }

    @Test
    void more_than_a_thousand_signals_are_refused_whole() throws Exception {
        StringBuilder body = new StringBuilder("{\"machineCode\":\"M-1\",\"signals\":[");
        for (int i = 0; i <= SignalBatch.MOST; i++) {
            body.append(i == 0 ? "" : ",").append("{\"observedAt\":\"2026-03-02T05:00:00Z\",\"counter\":\"PARTS\",\"value\":").append(i).append('}');
        }
        assertEquals(List.of("/signals"), fields(check(body.append("]}").toString()).errors()));
    }
}
