package io.forgeline.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void without_options_it_runs_the_demo_plant_at_its_routing_run_times() {
        SimulatorOptions options = SimulatorOptions.parse();
        assertEquals(5, options.machines().size());
        MachineProfile lathe = options.machines().getFirst();
        assertEquals("CNC-01-M1", lathe.code());
        assertEquals(Duration.ofSeconds(270), lathe.cycle());
        assertEquals(Duration.ofMinutes(30), lathe.setup());
        assertEquals("opc.tcp://localhost:4840/forgeline", options.endpointUrl());
    }

    @Test
    void speed_shortens_every_plant_duration() {
        SimulatorOptions options = SimulatorOptions.parse("--speed", "60", "--machines", "M-1:2", "--mtbf", "PT1H");
        assertEquals(Duration.ofSeconds(2), options.machines().getFirst().cycle());
        assertEquals(Duration.ofMinutes(1), options.behaviour().meanTimeBetweenFailures());
    }

    @Test
    void a_wrong_option_is_named() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--speed", "fast"))
                .getMessage().contains("--speed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--machines", "M-1"))
                .getMessage().contains("CODE:RUN_MINUTES"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--mtbf", "4h"))
                .getMessage().contains("ISO-8601"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--colour", "red"))
                .getMessage().contains("--colour"));
        assertThrows(SimulatorOptions.HelpRequested.class, () -> SimulatorOptions.parse("--help"));
    }
}
