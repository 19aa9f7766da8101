package io.forgeline.supply.purchasing;

import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's production orders for cancellations: the demand behind purchase orders going away. */
@ApplicationScoped
public class ProductionOrderCancellations {

    static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";

    private final IdempotentConsumer consumer;
    private final Purchasing purchasing;

    ProductionOrderCancellations(IdempotentConsumer consumer, Purchasing purchasing) {
        this.consumer = consumer;
        this.purchasing = purchasing;
    }

    @Incoming("production-orders")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CANCELLED, ProductionOrderCancelled.parser(), purchasing::productionOrderCancelled);
    }
}
