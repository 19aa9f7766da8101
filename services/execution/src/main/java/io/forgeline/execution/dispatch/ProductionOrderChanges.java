package io.forgeline.execution.dispatch;

import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's production-order events: a released order is queued, a cancelled one withdrawn. */
@ApplicationScoped
public class ProductionOrderChanges {

    static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";
    static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";

    private final IdempotentConsumer consumer;
    private final DispatchLists dispatch;

    ProductionOrderChanges(IdempotentConsumer consumer, DispatchLists dispatch) {
        this.consumer = consumer;
        this.dispatch = dispatch;
    }

    @Incoming("production-orders")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case RELEASED -> dispatch.enqueue(event.payload(ProductionOrderReleased.parser()));
            case CANCELLED -> dispatch.withdraw(event.payload(ProductionOrderCancelled.parser()));
            default -> Uni.createFrom().voidItem(); // other order events are not the shop floor's business
        });
    }
}
