package io.forgeline.execution.opcua;

import io.forgeline.contracts.execution.v1.CounterReading;
import io.forgeline.contracts.execution.v1.MachineSignal;
import io.forgeline.contracts.execution.v1.SensorReading;
import io.forgeline.contracts.execution.v1.StateReading;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The nodes a machine offers and what each becomes on {@code execution.machine-signals.v1}. The stop code is not a
 * signal of its own: it travels with the DOWN state it explains.
 */
enum NodeSignal {
    STATE("State"),
    STOP_CODE("StopCode"),
    PARTS("PartCount"),
    REJECTS("RejectCount"),
    TEMPERATURE("Temperature", "TEMPERATURE", "CEL"),
    VIBRATION("Vibration", "VIBRATION", "C16"),
    CURRENT("Current", "CURRENT", "AMP");

    final String node;
    private final String sensor;
    private final String unit;

    NodeSignal(String node) {
        this(node, null, null);
    }

    NodeSignal(String node, String sensor, String unit) {
        this.node = node;
        this.sensor = sensor;
        this.unit = unit;
    }

    /**
     * The reading a node's value makes, or nothing when the value cannot be one (a null, a text where a number
     * belongs): a machine that sends garbage is not allowed to stop the others' signals.
     */
    Optional<MachineSignal> reading(Object value, Instant observedAt, String stopCode) {
        MachineSignal.Builder signal = MachineSignal.newBuilder().setObservedAt(observedAt.toString());
        switch (this) {
            case STATE -> {
                if (!(value instanceof String state) || state.isBlank()) {
                    return Optional.empty();
                }
                String upper = state.trim().toUpperCase();
                signal.setState(StateReading.newBuilder().setState(upper)
                        .setStopCode("DOWN".equals(upper) && stopCode != null ? stopCode : ""));
            }
            case PARTS, REJECTS -> {
                if (!(value instanceof Number count)) {
                    return Optional.empty();
                }
                signal.setCounter(CounterReading.newBuilder().setName(name()).setValue(count.longValue()));
            }
            case TEMPERATURE, VIBRATION, CURRENT -> {
                if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                    return Optional.empty();
                }
                signal.setSensor(SensorReading.newBuilder().setName(sensor).setUnit(unit)
                        .setValue(BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString()));
            }
            case STOP_CODE -> {
                return Optional.empty();
            }
        }
        return Optional.of(signal.build());
    }
}
