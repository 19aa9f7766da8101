package io.forgeline.execution.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.MachineSignal;
import io.forgeline.contracts.execution.v1.MachineSignalsReported;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Over real OPC UA (the simulator, in-process) and the real Kafka: what the machines say reaches the signal topic. */
@QuarkusTest
@TestProfile(OpcUaBridgeTest.WithSimulatedPlant.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OpcUaBridgeTest {

    public static class WithSimulatedPlant implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SimulatedPlant.class));
        }
    }

    @Test
    void each_machine_reports_its_state_counter_and_sensors_with_its_own_timestamps() {
        Instant began = Instant.now().minusSeconds(60);
        for (String machine : List.of(SimulatedPlant.LATHE, SimulatedPlant.PRESS)) {
            List<MachineSignal> signals = new ArrayList<>();
            // keep reading the machine's events until it has said each kind of thing
            KafkaProbe.await(OpcUaBridge.TOPIC, record -> {
                if (!fromThisRun(record, machine)) {
                    return false;
                }
                assertEquals(OpcUaBridge.SIGNALS_REPORTED, KafkaProbe.header(record, "ce_type"));
                MachineSignalsReported event = parse(record);
                assertEquals(machine, event.getMachineCode());
                signals.addAll(event.getSignalsList());
                return kinds(signals).containsAll(Set.of("state", "PARTS", "REJECTS", "TEMPERATURE", "VIBRATION", "CURRENT"));
            }, Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError(machine + " said only " + kinds(signals)));
            for (MachineSignal signal : signals) {
                Instant observed = Instant.parse(signal.getObservedAt());
                assertTrue(observed.isAfter(began) && observed.isBefore(Instant.now().plusSeconds(5)), signal.toString());
            }
            assertTrue(signals.stream().filter(MachineSignal::hasSensor)
                    .allMatch(s -> Set.of("CEL", "C16", "AMP").contains(s.getSensor().getUnit())), "units");
        }
    }

    @Test
    void the_part_counter_climbs_as_the_machine_cycles() {
        List<Long> counts = new ArrayList<>();
        KafkaProbe.await(OpcUaBridge.TOPIC, record -> {
            if (fromThisRun(record, SimulatedPlant.LATHE)) {
                parse(record).getSignalsList().stream()
                        .filter(s -> s.hasCounter() && s.getCounter().getName().equals("PARTS"))
                        .forEach(s -> counts.add(s.getCounter().getValue()));
            }
            return counts.size() >= 2 && counts.getLast() > counts.getFirst();
        }, Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("PARTS of a 0.6 s cycle: " + counts));
    }

    /** This run's simulator's event about the machine (the topic keeps earlier runs' too). */
    private static boolean fromThisRun(ConsumerRecord<String, byte[]> record, String machine) {
        return machine.equals(record.key()) && ("opcua:" + SimulatedPlant.endpoint).equals(parse(record).getSource());
    }

    private static Set<String> kinds(List<MachineSignal> signals) {
        return signals.stream().map(s -> s.hasState() ? "state" : s.hasCounter() ? s.getCounter().getName() : s.getSensor().getName())
                .collect(Collectors.toSet());
    }

    private static MachineSignalsReported parse(ConsumerRecord<String, byte[]> record) {
        try {
            return MachineSignalsReported.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
