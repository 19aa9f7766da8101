package io.forgeline.warehouse.receiving;

import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnCancelled;
import io.forgeline.contracts.supply.v1.AsnReceived;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to supply's ASNs: the dock expects what they announce until they are cancelled or received. */
@ApplicationScoped
public class AsnChanges {

    static final String ACCEPTED = "io.forgeline.supply.asn.accepted.v1";
    static final String REPLACED = "io.forgeline.supply.asn.replaced.v1";
    static final String CANCELLED = "io.forgeline.supply.asn.cancelled.v1";
    static final String RECEIVED = "io.forgeline.supply.asn.received.v1";

    private final IdempotentConsumer consumer;
    private final Expectations expectations;

    AsnChanges(IdempotentConsumer consumer, Expectations expectations) {
        this.consumer = consumer;
        this.expectations = expectations;
    }

    @Incoming("asns")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case ACCEPTED, REPLACED -> expectations.announced(event.payload(AdvanceShippingNotice.parser()));
            case CANCELLED -> expectations.cancelled(event.payload(AsnCancelled.parser()));
            case RECEIVED -> expectations.received(event.payload(AsnReceived.parser()));
            default -> Uni.createFrom().voidItem();
        });
    }
}
