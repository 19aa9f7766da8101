package io.forgeline.execution.opcua;

import io.forgeline.simulator.MachineSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.util.Map;

/** A machine simulator on a free port, and the bridge pointed at it: two fast machines that never break down. */
public class SimulatedPlant implements QuarkusTestResourceLifecycleManager {

    static final String LATHE = "OPC-LATHE";
    static final String PRESS = "OPC-PRESS";

    /** This run's endpoint: the signal topic also holds what earlier runs' simulators said. */
    static volatile String endpoint;

    private MachineSimulator simulator;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            simulator = MachineSimulator.start("--host", "127.0.0.1", "--port", String.valueOf(port),
                    "--machines", LATHE + ":0.01," + PRESS + ":0.02", "--micro-stops", "0", "--mtbf", "P365D",
                    "--sampling", "PT0.5S");
            endpoint = simulator.endpointUrl();
            return Map.of("forgeline.opcua.endpoint", simulator.endpointUrl(),
                    "forgeline.opcua.machines", LATHE + "," + PRESS,
                    "forgeline.opcua.reconnect-delay", "PT1S");
        } catch (Exception e) {
            throw new IllegalStateException("the machine simulator did not start", e);
        }
    }

    @Override
    public void stop() {
        if (simulator != null) {
            try {
                simulator.close();
            } catch (Exception e) {
                // the test is over; a slow shutdown must not fail it
            }
        }
    }
}
