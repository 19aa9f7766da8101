package io.forgeline.execution.instructions;

import io.forgeline.contracts.execution.v1.CollectedValue.Builder;
import io.forgeline.contracts.execution.v1.OperationDataCollected;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.terminal.Acting;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maps a recording to its api-contracts event, on the operator actions' topic so one order's events stay in order. */
final class DataEvents {

    static final String TOPIC = "execution.operation-progress.v1";
    static final String DATA_COLLECTED = "io.forgeline.execution.operation.data-collected.v1";

    private DataEvents() {
    }

    static OperationDataCollected collected(UUID collectionId, DispatchEntry entry, List<CollectedValue> values, Acting who, Instant at) {
        OperationDataCollected.Builder event = OperationDataCollected.newBuilder()
                .setCollectionId(collectionId.toString())
                .setOrderId(entry.orderId().toString())
                .setOrderNumber(entry.orderNumber())
                .setOperationSequence(entry.operationSequence())
                .setWorkCenterCode(entry.workCenterCode())
                .setMachineCode(entry.machineCode() == null ? "" : entry.machineCode())
                .setItemCode(entry.itemCode())
                .setRecordedAt(at.toString())
                .setRecordedBy(who.name())
                .setTerminal(who.terminalOrEmpty());
        for (CollectedValue v : values) {
            Builder value = io.forgeline.contracts.execution.v1.CollectedValue.newBuilder().setFieldCode(v.fieldCode).setKind(v.kind.name())
                    .setValue(plain(v.measured)).setChecked(Boolean.TRUE.equals(v.checked)).setLowerLimit(plain(v.lowerLimit))
                    .setUpperLimit(plain(v.upperLimit)).setUnit(v.unit == null ? "" : v.unit).setWithinLimits(Boolean.TRUE.equals(v.withinLimits));
            event.addValues(value);
        }
        return event.build();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
