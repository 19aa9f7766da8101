package io.forgeline.execution.signals;

import io.forgeline.contracts.execution.v1.MachineSignalsReported;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.problem.FieldErrors;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to {@code execution.machine-signals.v1} (edge gateways, the OPC UA bridge; keyed by machine code). The same
 * rules as the REST ingest; a batch they refuse (or of a machine the plant model does not know) is poison and parked.
 * Idempotent twice over: the ce_id, and the readings' natural keys (a gateway that sends the same readings under a
 * new ce_id stores nothing new).
 */
@ApplicationScoped
public class MachineSignalReports {

    private final IdempotentConsumer consumer;
    private final MachineSignals signals;
    private final Clock clock;

    MachineSignalReports(IdempotentConsumer consumer, MachineSignals signals, Clock clock) {
        this.consumer = consumer;
        this.signals = signals;
        this.clock = clock;
    }

    @Incoming("machine-signals")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, SignalEvents.SIGNALS_REPORTED, MachineSignalsReported.parser(), this::apply);
    }

    private Uni<Void> apply(MachineSignalsReported event) {
        SignalBatch.Checked checked = SignalBatch.fromEvent(event, clock.instant());
        if (!checked.valid()) {
            return Uni.createFrom().failure(new PoisonEvent("machine signals refused: " + Stream.concat(
                    checked.errors().stream(), checked.refusals().stream())
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "))));
        }
        return signals.ingest(checked.batch())
                .onFailure(FieldErrors.class).transform(refused -> new PoisonEvent(refused.getMessage(), refused))
                .replaceWithVoid();
    }
}
