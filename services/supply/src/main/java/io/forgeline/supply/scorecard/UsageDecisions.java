package io.forgeline.supply.scorecard;

import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to quality's usage decisions: what one rejects of a supplier's goods receipt counts against its PPM. */
@ApplicationScoped
public class UsageDecisions {

    static final String MADE = "io.forgeline.quality.usage-decision-made.v1";

    private final IdempotentConsumer consumer;
    private final Rejections rejections;

    UsageDecisions(IdempotentConsumer consumer, Rejections rejections) {
        this.consumer = consumer;
        this.rejections = rejections;
    }

    @Incoming("usage-decisions")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, MADE, UsageDecisionMade.parser(), rejections::decided);
    }
}
