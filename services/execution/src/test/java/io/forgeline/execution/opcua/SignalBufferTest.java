package io.forgeline.execution.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.execution.v1.MachineSignal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalBufferTest {

    private static final Instant AT = Instant.parse("2026-11-30T07:15:00.250Z");

    @Test
    void readings_whose_write_failed_go_back_in_front_and_the_oldest_go_when_full() {
        SignalBuffer buffer = new SignalBuffer(3);
        MachineSignal a = NodeSignal.PARTS.reading(1L, AT, "").orElseThrow();
        MachineSignal b = NodeSignal.PARTS.reading(2L, AT, "").orElseThrow();
        MachineSignal c = NodeSignal.PARTS.reading(3L, AT, "").orElseThrow();
        buffer.add("M-1", a);
        Map<String, List<MachineSignal>> failed = buffer.drain();
        buffer.add("M-1", b);
        buffer.putBack(failed);
        assertEquals(List.of(a, b), buffer.drain().get("M-1"));
        buffer.add("M-1", a);
        buffer.add("M-1", b);
        buffer.add("M-1", c);
        buffer.add("M-2", c);
        assertEquals(1, buffer.dropped());
        assertEquals(List.of(b, c), buffer.drain().get("M-1"));
    }
}
