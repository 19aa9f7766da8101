package io.forgeline.execution.holds;

import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to quality's holds and lifts (keyed by item code, so one item's arrive in order). */
@ApplicationScoped
public class HoldChanges {

    static final String PLACED = "io.forgeline.quality.hold-placed.v1";
    static final String LIFTED = "io.forgeline.quality.hold-lifted.v1";

    private final IdempotentConsumer consumer;
    private final Holds holds;

    HoldChanges(IdempotentConsumer consumer, Holds holds) {
        this.consumer = consumer;
        this.holds = holds;
    }

    @Incoming("holds")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case PLACED -> holds.placed(event.payload(HoldPlaced.parser()));
            case LIFTED -> holds.lifted(event.payload(HoldLifted.parser()));
            default -> Uni.createFrom().voidItem();
        });
    }
}
