package io.forgeline.execution.opcua;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the machines' OPC UA server is and what to read from it; no endpoint, no bridge. */
@ConfigMapping(prefix = "forgeline.opcua")
public interface OpcUaSettings {

    /** e.g. opc.tcp://localhost:4840/forgeline; empty: the bridge stays off. */
    Optional<String> endpoint();

    /** The namespace the machine nodes live in. */
    @WithDefault("urn:forgeline:machine-simulator")
    String namespaceUri();

    /** The machines to subscribe to (their codes in the plant model). */
    Optional<List<String>> machines();

    /** A machine signal's string node id: {machine} and {signal} (State, StopCode, PartCount, …) are filled in. */
    @WithDefault("{machine}/{signal}")
    String nodeId();

    /** How often the server samples each node. */
    @WithDefault("PT0.25S")
    Duration samplingInterval();

    /** How often the server sends what changed. */
    @WithDefault("PT0.5S")
    Duration publishingInterval();

    /** The wait before trying again after the server could not be reached. */
    @WithDefault("PT5S")
    Duration reconnectDelay();

    /** At most this many readings wait for the outbox while the database is away; the oldest go first. */
    @WithDefault("200000")
    int bufferLimit();
}
