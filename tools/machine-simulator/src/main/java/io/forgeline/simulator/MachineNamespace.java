package io.forgeline.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * The simulated machines as OPC UA nodes: a folder per machine under Objects/Machines, one variable per signal with
 * the string id {@code <CODE>/<Signal>}. Values carry the time the machine observed them (source timestamp), which
 * is what execution stores; a variable is written only when its value changed, as a PLC's would be sampled.
 */
final class MachineNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:forgeline:machine-simulator";

    private final SubscriptionModel subscriptions;
    private final List<String> machineCodes;
    private final Map<String, UaVariableNode> variables = new HashMap<>();

    MachineNamespace(OpcUaServer server, List<String> machineCodes) {
        super(server, URI);
        this.machineCodes = machineCodes;
        subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addMachines);
    }

    private void addMachines() {
        UaFolderNode machines = new UaFolderNode(getNodeContext(), newNodeId("Machines"), newQualifiedName("Machines"),
                LocalizedText.english("Machines"));
        getNodeManager().addNode(machines);
        machines.addReference(new Reference(machines.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        for (String code : machineCodes) {
            UaFolderNode machine = new UaFolderNode(getNodeContext(), newNodeId(code), newQualifiedName(code),
                    LocalizedText.english(code));
            getNodeManager().addNode(machine);
            machines.addOrganizes(machine);
            add(machine, code, "State", NodeIds.String, Variant.of("RUNNING"));
            add(machine, code, "StopCode", NodeIds.String, Variant.of(""));
            add(machine, code, "PartCount", NodeIds.Int64, Variant.of(0L));
            add(machine, code, "RejectCount", NodeIds.Int64, Variant.of(0L));
            add(machine, code, "Temperature", NodeIds.Double, Variant.of(0.0));
            add(machine, code, "Vibration", NodeIds.Double, Variant.of(0.0));
            add(machine, code, "Current", NodeIds.Double, Variant.of(0.0));
        }
    }

    private void add(UaFolderNode machine, String code, String signal, NodeId type, Variant initial) {
        UaVariableNode node = UaVariableNode.builder(getNodeContext())
                .setNodeId(newNodeId(code + "/" + signal))
                .setBrowseName(newQualifiedName(signal))
                .setDisplayName(LocalizedText.english(signal))
                .setDataType(type)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .build();
        node.setValue(new DataValue(initial, StatusCode.GOOD, DateTime.now()));
        getNodeManager().addNode(node);
        machine.addOrganizes(node);
        variables.put(code + "/" + signal, node);
    }

    /** Writes what the machine shows now; {@code sensors} false leaves the sensor variables as they are. */
    void show(SimulatedMachine machine, Instant observedAt, boolean sensors) {
        String code = machine.code();
        write(code + "/State", machine.state().name(), observedAt);
        write(code + "/StopCode", machine.stopCode(), observedAt);
        write(code + "/PartCount", machine.parts(), observedAt);
        write(code + "/RejectCount", machine.rejects(), observedAt);
        if (sensors) {
            write(code + "/Temperature", round(machine.temperature()), observedAt);
            write(code + "/Vibration", round(machine.vibration()), observedAt);
            write(code + "/Current", round(machine.current()), observedAt);
        }
    }

    private void write(String id, Object value, Instant observedAt) {
        UaVariableNode node = variables.get(id);
        if (node != null && !Objects.equals(node.getValue().getValue().getValue(), value)) {
            node.setValue(new DataValue(Variant.of(value), StatusCode.GOOD, new DateTime(observedAt)));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        subscriptions.onDataItemsCreated(items);
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        subscriptions.onDataItemsModified(items);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        subscriptions.onDataItemsDeleted(items);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        subscriptions.onMonitoringModeChanged(items);
    }
}
