package io.forgeline.execution.opcua;

import io.forgeline.contracts.execution.v1.MachineSignal;
import io.forgeline.contracts.execution.v1.MachineSignalsReported;
import io.forgeline.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.jboss.logging.Logger;

/**
 * Subscribes to the configured machines' nodes on an OPC UA server and writes what they report, with the machines'
 * own timestamps, to {@code execution.machine-signals.v1} through the outbox: the same topic an edge gateway
 * publishes to, so one consumer stores both. A reconnect makes the server send current values again; those are
 * duplicates of readings already sent, which the store keeps once.
 */
@ApplicationScoped
public class OpcUaBridge {

    static final String TOPIC = "execution.machine-signals.v1";
    static final String SIGNALS_REPORTED = "io.forgeline.execution.machine.signals-reported.v1";
    private static final Logger LOG = Logger.getLogger(OpcUaBridge.class);

    private final OpcUaSettings settings;
    private final Outbox outbox;
    private final SignalBuffer buffer;
    private volatile boolean running;
    private volatile boolean resubscribe;
    private Thread connector;

    OpcUaBridge(OpcUaSettings settings, Outbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
        this.buffer = new SignalBuffer(settings.bufferLimit());
    }

    void start(@Observes StartupEvent started) {
        if (settings.endpoint().isEmpty()) {
            return;
        }
        if (settings.machines().map(List::isEmpty).orElse(true)) {
            LOG.warnf("forgeline.opcua.endpoint is %s but forgeline.opcua.machines names no machine: the bridge stays off",
                    settings.endpoint().get());
            return;
        }
        running = true;
        connector = Thread.ofVirtual().name("opcua-bridge").start(this::stayConnected);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (connector != null) {
            connector.interrupt();
        }
    }

    /** Connects, subscribes, and connects again after the server went away for good; until the service stops. */
    private void stayConnected() {
        String endpoint = settings.endpoint().orElseThrow();
        while (running) {
            OpcUaClient client = null;
            try {
                client = OpcUaClient.create(endpoint);
                client.connect();
                OpcUaSubscription subscription = subscribe(client);
                LOG.infof("OPC UA bridge: subscribed to %d machines at %s", settings.machines().get().size(), endpoint);
                resubscribe = false;
                while (running && !resubscribe) {
                    Thread.sleep(settings.reconnectDelay().toMillis());
                }
                subscription.delete();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("OPC UA bridge: %s unreachable (%s); trying again in %s", endpoint, e.getMessage(),
                        settings.reconnectDelay());
            } finally {
                disconnect(client);
            }
            pause();
        }
    }

    private OpcUaSubscription subscribe(OpcUaClient client) throws Exception {
        UShort namespace = client.getNamespaceTable().getIndex(settings.namespaceUri());
        if (namespace == null) {
            throw new IllegalStateException("the server has no namespace " + settings.namespaceUri());
        }
        var subscription = new OpcUaSubscription(client, (double) settings.publishingInterval().toMillis());
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> items, List<DataValue> values) {
                received(items, values);
            }

            @Override
            public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
                // the session came back but the server lost the subscription: make a new one
                resubscribe = true;
            }

            @Override
            public void onWatchdogTimerElapsed(OpcUaSubscription s) {
                resubscribe = true;
            }
        });
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (String machine : settings.machines().orElseThrow()) {
            for (NodeSignal signal : NodeSignal.values()) {
                String id = settings.nodeId().replace("{machine}", machine).replace("{signal}", signal.node);
                OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(new NodeId(namespace, id));
                item.setSamplingInterval(settings.samplingInterval().toMillis());
                item.setUserObject(new Source(machine, signal));
                items.add(item);
            }
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
        return subscription;
    }

    /** One publish response: stop codes first, so a DOWN in the same response carries its own. */
    void received(List<OpcUaMonitoredItem> items, List<DataValue> values) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i).getUserObject().orElse(null) instanceof Source source)) {
                    continue;
                }
                DataValue value = values.get(i);
                boolean stopCode = source.signal() == NodeSignal.STOP_CODE;
                if ((pass == 0) != stopCode || value.getStatusCode() == null || !value.getStatusCode().isGood()) {
                    continue;
                }
                Object payload = value.getValue().getValue();
                if (stopCode) {
                    buffer.stopCode(source.machine(), payload instanceof String code ? code : "");
                    continue;
                }
                source.signal().reading(payload, observedAt(value), buffer.stopCode(source.machine()))
                        .ifPresent(reading -> buffer.add(source.machine(), reading));
            }
        }
    }

    /** The machine's own time; the server's when the machine gave none; ours as a last resort. */
    private static Instant observedAt(DataValue value) {
        for (DateTime time : new DateTime[] {value.getSourceTime(), value.getServerTime()}) {
            if (time != null && time.isValid()) {
                return time.getJavaInstant();
            }
        }
        return Instant.now();
    }

    /** Writes what arrived since the last flush: one event per machine, all in one transaction. */
    @Scheduled(every = "${forgeline.opcua.flush-every:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BridgeOff.class)
    Uni<Void> flush() {
        Map<String, List<MachineSignal>> batch = buffer.drain();
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String source = "opcua:" + settings.endpoint().orElse("");
        return Panache.withTransaction(() -> {
                    Uni<?> chain = Uni.createFrom().voidItem();
                    for (var machine : batch.entrySet()) {
                        MachineSignalsReported event = MachineSignalsReported.newBuilder().setMachineCode(machine.getKey())
                                .setSource(source).addAllSignals(machine.getValue()).build();
                        chain = chain.chain(() -> outbox.append(TOPIC, machine.getKey(), SIGNALS_REPORTED, event));
                    }
                    return chain;
                })
                .replaceWithVoid()
                .onFailure().invoke(failure -> {
                    LOG.warnf("OPC UA bridge: could not write %d machines' signals (%s); keeping them for the next try",
                            batch.size(), failure.getMessage());
                    buffer.putBack(batch);
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    int waiting() {
        return buffer.size();
    }

    private void pause() {
        try {
            Thread.sleep(settings.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void disconnect(OpcUaClient client) {
        if (client != null) {
            try {
                client.disconnect();
            } catch (Exception e) {
                LOG.debugf("OPC UA bridge: disconnect: %s", e.getMessage());
            }
        }
    }

    private record Source(String machine, NodeSignal signal) {
    }

    /** The flush does nothing while no endpoint is configured. */
    @ApplicationScoped
    static class BridgeOff implements Scheduled.SkipPredicate {
        private final OpcUaSettings settings;

        BridgeOff(OpcUaSettings settings) {
            this.settings = settings;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return settings.endpoint().isEmpty();
        }
    }
}
