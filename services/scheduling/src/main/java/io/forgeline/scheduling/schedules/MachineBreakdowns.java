package io.forgeline.scheduling.schedules;

import io.forgeline.contracts.execution.v1.MachineStatusChanged;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.scheduling.masterdata.PlantMaster;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A machine execution reports down is closed from the report on and the published plan is rescheduled around
 * it; a repaired machine opens again and the plan is rescheduled to use it. Both in the consumer's transaction,
 * so a crash between the two loses nothing.
 */
@ApplicationScoped
public class MachineBreakdowns {

    static final String STATUS_CHANGED = "io.forgeline.execution.machine.status-changed.v1";

    private final IdempotentConsumer consumer;
    private final PlantMaster plant;
    private final ScheduleService schedules;
    private final SolveQueue queue;

    MachineBreakdowns(IdempotentConsumer consumer, PlantMaster plant, ScheduleService schedules, SolveQueue queue) {
        this.consumer = consumer;
        this.plant = plant;
        this.schedules = schedules;
        this.queue = queue;
    }

    @Incoming("machine-status")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, STATUS_CHANGED, MachineStatusChanged.parser(), this::apply)
                .invoke(queue::poke);
    }

    private Uni<Void> apply(MachineStatusChanged change) {
        Instant at = Instant.parse(change.getReportedAt());
        boolean down = "DOWN".equals(change.getStatus());
        Uni<Boolean> recorded = down
                ? plant.brokeDown(change.getMachineCode(), at,
                        change.getExpectedUpAt().isBlank() ? null : Instant.parse(change.getExpectedUpAt()), change.getReason())
                : plant.repaired(change.getMachineCode(), at);
        return recorded.flatMap(ours -> ours
                ? schedules.requestReschedule(down ? ScheduleKind.MACHINE_DOWN : ScheduleKind.MACHINE_UP,
                        change.getReportedBy().isBlank() ? "execution" : change.getReportedBy())
                : Uni.createFrom().voidItem());
    }
}
