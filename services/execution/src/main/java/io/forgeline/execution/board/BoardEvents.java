package io.forgeline.execution.board;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.execution.v1.AndonChanged;
import io.forgeline.contracts.execution.v1.MachineStateChanged;
import io.forgeline.contracts.execution.v1.MachineStatusChanged;
import io.forgeline.contracts.execution.v1.OeeCalculated;
import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationPaused;
import io.forgeline.contracts.execution.v1.OperationResumed;
import io.forgeline.contracts.execution.v1.OperationStarted;
import io.forgeline.contracts.execution.v1.QuantityReported;
import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Maps the events the board listens to onto what it shows; an event it has no use for maps to nothing. */
final class BoardEvents {

    private BoardEvents() {
    }

    static Optional<BoardEvent> of(String type, byte[] payload) throws InvalidProtocolBufferException {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "io.forgeline.execution.machine.state-changed.v1" -> {
                MachineStateChanged e = MachineStateChanged.parseFrom(payload);
                yield machine(e.getWorkCenterCode(), fields("machineCode", e.getMachineCode(), "state", e.getState(),
                        "since", e.getSince(), "stopCode", e.getStopCode()));
            }
            case "io.forgeline.execution.machine.status-changed.v1" -> {
                MachineStatusChanged e = MachineStatusChanged.parseFrom(payload);
                yield machine(e.getWorkCenterCode(), fields("machineCode", e.getMachineCode(), "status", e.getStatus(),
                        "reason", e.getReason(), "since", e.getReportedAt()));
            }
            case "io.forgeline.execution.operation.started.v1" -> {
                OperationStarted e = OperationStarted.parseFrom(payload);
                yield job(e.getWorkCenterCode(), e.getMachineCode(), e.getOrderNumber(), e.getOperationSequence(), "started");
            }
            case "io.forgeline.execution.operation.paused.v1" -> {
                OperationPaused e = OperationPaused.parseFrom(payload);
                yield job(e.getWorkCenterCode(), e.getMachineCode(), e.getOrderNumber(), e.getOperationSequence(), "paused");
            }
            case "io.forgeline.execution.operation.resumed.v1" -> {
                OperationResumed e = OperationResumed.parseFrom(payload);
                yield job(e.getWorkCenterCode(), e.getMachineCode(), e.getOrderNumber(), e.getOperationSequence(), "resumed");
            }
            case "io.forgeline.execution.quantity-reported.v1" -> {
                QuantityReported e = QuantityReported.parseFrom(payload);
                yield job(e.getWorkCenterCode(), e.getMachineCode(), e.getOrderNumber(), e.getOperationSequence(), "reported");
            }
            case "io.forgeline.execution.operation.completed.v1" -> {
                OperationCompleted e = OperationCompleted.parseFrom(payload);
                yield job(e.getWorkCenterCode(), e.getMachineCode(), e.getOrderNumber(), e.getOperationSequence(), "completed");
            }
            case "io.forgeline.execution.andon.raised.v1", "io.forgeline.execution.andon.acknowledged.v1",
                 "io.forgeline.execution.andon.escalated.v1", "io.forgeline.execution.andon.resolved.v1" -> {
                AndonChanged e = AndonChanged.parseFrom(payload);
                yield Optional.of(new BoardEvent("andon", blankToNull(e.getWorkCenterCode()), fields("andonId", e.getAndonId(),
                        "step", e.getStep(), "kind", e.getKind(), "state", e.getState(), "workCenterCode", e.getWorkCenterCode(),
                        "machineCode", e.getMachineCode(), "level", e.getLevel(), "raisedAt", e.getRaisedAt())));
            }
            case "io.forgeline.execution.oee-calculated.v1" -> {
                OeeCalculated e = OeeCalculated.parseFrom(payload);
                yield Optional.of(new BoardEvent("oee", blankToNull(e.getWorkCenterCode()), fields("machineCode", e.getMachineCode(),
                        "shift", e.getShiftName(), "availability", e.getAvailability(), "performance", e.getPerformance(),
                        "quality", e.getQuality(), "oee", e.getOee(), "final", e.getFinal())));
            }
            case "io.forgeline.quality.spc-alert-raised.v1" -> {
                SpcAlertRaised e = SpcAlertRaised.parseFrom(payload);
                yield Optional.of(new BoardEvent("spc-alert", null, fields("itemCode", e.getItemCode(),
                        "characteristic", e.getCharacteristic(), "ruleText", e.getRuleText(), "raisedAt", e.getRaisedAt())));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<BoardEvent> machine(String workCenterCode, Map<String, Object> data) {
        return Optional.of(new BoardEvent("machine", blankToNull(workCenterCode), data));
    }

    private static Optional<BoardEvent> job(String workCenterCode, String machineCode, String orderNumber, int sequence,
            String what) {
        return Optional.of(new BoardEvent("job", blankToNull(workCenterCode), fields("machineCode", machineCode,
                "workCenterCode", workCenterCode, "orderNumber", orderNumber, "operationSequence", sequence, "change", what)));
    }

    /** Pairs of name and value, in order; empty texts are left out, so the page sees absent, not "". */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !(value instanceof String s && s.isEmpty())) {
                data.put((String) pairs[i], value);
            }
        }
        return data;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
