package io.forgeline.scheduling.schedules;

import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.scheduling.masterdata.Machine;
import io.forgeline.scheduling.orders.ProductionOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps a published schedule to one api-contracts event per machine. */
final class ScheduleEvents {

    static final String TOPIC = "scheduling.schedules.v1";
    static final String PUBLISHED = "io.forgeline.scheduling.machine-schedule.published.v1";

    private ScheduleEvents() {
    }

    static MachineSchedulePublished published(ProductionSchedule schedule, Instant at, Machine machine, List<ScheduleLine> lines,
            Map<UUID, ProductionOrder> orders) {
        MachineSchedulePublished.Builder event = MachineSchedulePublished.newBuilder()
                .setScheduleId(schedule.id().toString())
                .setPublishedAt(at.toString())
                .setMachineCode(machine.code)
                .setWorkCenterCode(machine.workCenterCode);
        for (ScheduleLine line : lines) {
            ProductionOrder order = orders.get(line.key.orderId());
            event.addOperations(ScheduledOperation.newBuilder()
                    .setOrderId(line.key.orderId().toString())
                    .setOrderNumber(order == null ? "" : order.number())
                    .setItemCode(order == null ? "" : order.itemCode())
                    .setOperationSequence(line.key.sequence())
                    .setSetupStart(line.setupStart.toString())
                    .setStart(line.start.toString())
                    .setEnd(line.end.toString()));
        }
        return event.build();
    }
}
