package io.forgeline.platform.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to scheduling's item master on channel {@code items}. The using service declares the channel (connector
 * and topic {@code scheduling.items.v1}) in its own configuration, where its deployment checks find what it consumes.
 * Other event types on the topic are skipped.
 */
@ApplicationScoped
public class ItemChanges {

    /** The CloudEvents type of an item change. */
    public static final String CHANGED = "io.forgeline.scheduling.item.changed.v1";

    private final IdempotentConsumer consumer;
    private final Items items;

    ItemChanges(IdempotentConsumer consumer, Items items) {
        this.consumer = consumer;
        this.items = items;
    }

    @Incoming("items")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CHANGED, ItemChanged.parser(), items::apply);
    }
}
