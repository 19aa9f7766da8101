package io.forgeline.simulator;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.Test;

/** Over real OPC UA: a client finds the machine's nodes and sees its part counter move, with source timestamps. */
class OpcUaEndpointTest {

    @Test
    void a_client_reads_a_counting_machine_through_its_endpoint() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (MachineSimulator simulator = MachineSimulator.start("--port", String.valueOf(port), "--host", "127.0.0.1",
                "--machines", "M-TEST:0.005", "--speed", "1", "--micro-stops", "0")) {
            OpcUaClient client = OpcUaClient.create(simulator.endpointUrl());
            try {
                client.connect();
                UShort ns = client.getNamespaceTable().getIndex(MachineNamespace.URI);
                assertNotNull(ns, "the simulator's namespace");
                NodeId parts = new NodeId(ns, "M-TEST/PartCount");
                long first = count(client.readValue(0, TimestampsToReturn.Both, parts));
                Thread.sleep(1_200);
                DataValue later = client.readValue(0, TimestampsToReturn.Both, parts);
                assertTrue(count(later) > first, "a 0.3 s cycle counted in 1.2 s: " + first + " → " + count(later));
                assertNotNull(later.getSourceTime(), "the machine's own timestamp");
                List<DataValue> state = client.readValues(0, TimestampsToReturn.Both, List.of(new NodeId(ns, "M-TEST/State")));
                assertTrue(List.of("RUNNING", "SETUP", "IDLE", "DOWN").contains(state.getFirst().getValue().getValue()));
            } finally {
                client.disconnect();
            }
        }
    }

    private static long count(DataValue value) {
        return (Long) value.getValue().getValue();
    }
}
