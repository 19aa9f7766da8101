package io.forgeline.execution.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.MachineSignal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NodeSignalTest {

    private static final Instant AT = Instant.parse("2026-11-30T07:15:00.250Z");

    @Test
    void a_down_state_carries_the_machines_stop_code_and_a_running_one_none() {
        MachineSignal down = NodeSignal.STATE.reading("down", AT, "E-214 coolant pressure").orElseThrow();
        assertEquals("DOWN", down.getState().getState());
        assertEquals("E-214 coolant pressure", down.getState().getStopCode());
        assertEquals(AT.toString(), down.getObservedAt());
        assertEquals("", NodeSignal.STATE.reading("RUNNING", AT, "E-214").orElseThrow().getState().getStopCode());
    }

    @Test
    void counters_and_sensors_keep_their_names_and_units() {
        assertEquals(1234, NodeSignal.PARTS.reading(1234L, AT, "").orElseThrow().getCounter().getValue());
        assertEquals("REJECTS", NodeSignal.REJECTS.reading(3L, AT, "").orElseThrow().getCounter().getName());
        MachineSignal vibration = NodeSignal.VIBRATION.reading(2.50, AT, "").orElseThrow();
        assertEquals("VIBRATION", vibration.getSensor().getName());
        assertEquals("2.5", vibration.getSensor().getValue());
        assertEquals("C16", vibration.getSensor().getUnit());
    }

    @Test
    void a_value_that_cannot_be_a_reading_is_skipped_not_sent() {
        assertTrue(NodeSignal.PARTS.reading("many", AT, "").isEmpty());
        assertTrue(NodeSignal.TEMPERATURE.reading(Double.NaN, AT, "").isEmpty());
        assertTrue(NodeSignal.STATE.reading(" ", AT, "").isEmpty());
        assertTrue(NodeSignal.STOP_CODE.reading("E-1", AT, "").isEmpty());
    }
}
