package io.forgeline.supply.scorecard;

import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to warehouse's goods receipts: each one a delivery to score and perhaps the last handling unit of an ASN. */
@ApplicationScoped
public class GoodsReceipts {

    static final String RECEIVED = "io.forgeline.warehouse.goods-received.v1";

    private final IdempotentConsumer consumer;
    private final Deliveries deliveries;

    GoodsReceipts(IdempotentConsumer consumer, Deliveries deliveries) {
        this.consumer = consumer;
        this.deliveries = deliveries;
    }

    @Incoming("goods-receipts")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RECEIVED, GoodsReceived.parser(), deliveries::received);
    }
}
