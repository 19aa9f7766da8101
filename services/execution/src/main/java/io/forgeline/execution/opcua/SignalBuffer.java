package io.forgeline.execution.opcua;

import io.forgeline.contracts.execution.v1.MachineSignal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readings between the OPC UA client's threads and the outbox: added as they arrive, taken out per machine when
 * written, and put back in front when the write failed, so a database restart loses nothing that fits the limit.
 */
final class SignalBuffer {

    record Pending(String machineCode, MachineSignal signal) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Map<String, String> stopCodes = new ConcurrentHashMap<>();
    private final int limit;
    private long dropped;

    SignalBuffer(int limit) {
        this.limit = limit;
    }

    synchronized void add(String machineCode, MachineSignal signal) {
        pending.addLast(new Pending(machineCode, signal));
        while (pending.size() > limit) {
            pending.removeFirst();
            dropped++;
        }
    }

    /** Everything waiting, grouped by machine in arrival order; the buffer is empty afterwards. */
    synchronized Map<String, List<MachineSignal>> drain() {
        Map<String, List<MachineSignal>> byMachine = new LinkedHashMap<>();
        for (Pending p : pending) {
            byMachine.computeIfAbsent(p.machineCode(), m -> new java.util.ArrayList<>()).add(p.signal());
        }
        pending.clear();
        return byMachine;
    }

    /** Readings whose write failed go back in front of those that came meanwhile. */
    synchronized void putBack(Map<String, List<MachineSignal>> failed) {
        Deque<Pending> front = new ArrayDeque<>();
        failed.forEach((machine, signals) -> signals.forEach(s -> front.addLast(new Pending(machine, s))));
        front.addAll(pending);
        pending.clear();
        pending.addAll(front);
        while (pending.size() > limit) {
            pending.removeFirst();
            dropped++;
        }
    }

    void stopCode(String machineCode, String stopCode) {
        stopCodes.put(machineCode, stopCode == null ? "" : stopCode);
    }

    String stopCode(String machineCode) {
        return stopCodes.getOrDefault(machineCode, "");
    }

    synchronized long dropped() {
        return dropped;
    }

    synchronized int size() {
        return pending.size();
    }
}
