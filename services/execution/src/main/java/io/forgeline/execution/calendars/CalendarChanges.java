package io.forgeline.execution.calendars;

import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to scheduling's calendar snapshots (a compacted topic: the latest snapshot per calendar). */
@ApplicationScoped
public class CalendarChanges {

    static final String CHANGED = "io.forgeline.scheduling.calendar.changed.v1";

    private final IdempotentConsumer consumer;
    private final Calendars calendars;

    CalendarChanges(IdempotentConsumer consumer, Calendars calendars) {
        this.consumer = consumer;
        this.calendars = calendars;
    }

    @Incoming("calendars")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CHANGED, CalendarChanged.parser(), calendars::apply);
    }
}
