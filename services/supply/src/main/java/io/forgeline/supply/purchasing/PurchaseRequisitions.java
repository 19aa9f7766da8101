package io.forgeline.supply.purchasing;

import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's purchase requisitions. */
@ApplicationScoped
public class PurchaseRequisitions {

    static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";

    private final IdempotentConsumer consumer;
    private final Purchasing purchasing;

    PurchaseRequisitions(IdempotentConsumer consumer, Purchasing purchasing) {
        this.consumer = consumer;
        this.purchasing = purchasing;
    }

    @Incoming("purchase-requisitions")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RAISED, PurchaseRequisitionRaised.parser(), purchasing::orderFor);
    }
}
