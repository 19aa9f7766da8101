package io.forgeline.execution.spc;

import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to quality's SPC alerts (keyed by item code/characteristic code). */
@ApplicationScoped
public class SpcAlertChanges {

    static final String RAISED = "io.forgeline.quality.spc-alert-raised.v1";

    private final IdempotentConsumer consumer;
    private final SpcAlerts alerts;

    SpcAlertChanges(IdempotentConsumer consumer, SpcAlerts alerts) {
        this.consumer = consumer;
        this.alerts = alerts;
    }

    @Incoming("spc-alerts")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RAISED, SpcAlertRaised.parser(), alerts::raised);
    }
}
