package io.forgeline.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * The simulated plant: an OPC UA server whose machines move on every quarter second of wall time. Start it with
 * {@code bin/forgeline simulate machines}, or in a test with {@link #start}.
 */
public final class MachineSimulator implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(250);

    private final SimulatorOptions options;
    private final OpcUaServer server;
    private final MachineNamespace namespace;
    private final List<SimulatedMachine> machines = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "machine-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private Instant sampledAt = Instant.EPOCH;

    private MachineSimulator(SimulatorOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(options.host())
                .setHostname(options.host())
                .setBindPort(options.port())
                .setPath(options.path())
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:forgeline:machine-simulator:server")
                .setApplicationName(LocalizedText.english("Forgeline machine simulator"))
                .setProductUri("urn:forgeline:machine-simulator")
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine()))
                .setEndpoints(Set.of(endpoint))
                .build();
        server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new MachineNamespace(server, options.machines().stream().map(MachineProfile::code).toList());
        namespace.startup();
        // each machine its own stream of chance, split from one seed: the same seed gives the same plant
        SplittableRandom seeds = new SplittableRandom(options.seed());
        Instant start = clock.instant();
        for (MachineProfile profile : options.machines()) {
            machines.add(new SimulatedMachine(profile, options.behaviour(), seeds.split(), start));
        }
    }

    /** Starts a simulator with these command-line options and returns once its endpoint listens. */
    public static MachineSimulator start(String... args) throws Exception {
        MachineSimulator simulator = new MachineSimulator(SimulatorOptions.parse(args), Clock.systemUTC());
        simulator.server.startup().get(30, TimeUnit.SECONDS);
        simulator.ticker.scheduleAtFixedRate(simulator::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return simulator;
    }

    public String endpointUrl() {
        return options.endpointUrl();
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            boolean sample = !now.isBefore(sampledAt.plus(options.sampling()));
            if (sample) {
                sampledAt = now;
            }
            for (SimulatedMachine machine : machines) {
                machine.advanceTo(now);
                namespace.show(machine, now, sample);
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: say so and keep the plant running
            System.err.println("machine simulator: " + e);
        }
    }

    @Override
    public void close() throws Exception {
        ticker.shutdownNow();
        namespace.shutdown();
        server.shutdown().get(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (SimulatorOptions.HelpRequested help) {
            System.out.print(SimulatorOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("simulate machines: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (MachineSimulator simulator = start(args)) {
            System.out.printf("Simulating %d machines at %s (speed %s, seed %d); Ctrl-C stops.%n",
                    options.machines().size(), simulator.endpointUrl(), options.speed(), options.seed());
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            if (options.duration().isZero()) {
                stopped.await();
            } else {
                stopped.await(options.duration().toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            Stack.releaseSharedResources();
        }
    }
}
