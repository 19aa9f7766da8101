package io.forgeline.execution.dispatch;

import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's production-order events. */
@ApplicationScoped
public class ReleasedOrders {

    static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";

    private final IdempotentConsumer consumer;
    private final DispatchLists dispatch;

    ReleasedOrders(IdempotentConsumer consumer, DispatchLists dispatch) {
        this.consumer = consumer;
        this.dispatch = dispatch;
    }

    @Incoming("production-orders")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RELEASED, ProductionOrderReleased.parser(), dispatch::enqueue);
    }
}
