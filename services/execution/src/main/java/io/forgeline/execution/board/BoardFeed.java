package io.forgeline.execution.board;

import io.forgeline.platform.inbox.IncomingEvent;
import io.forgeline.platform.outbox.CloudEventHeaders;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The board's live changes. Every execution instance reads the board's topics in a consumer group of its own (the
 * channel "board", from the latest offset, committing nothing), so whichever instance a big screen is connected to
 * sees every change, and passes each one on to the screens connected to it at that moment. It changes nothing: a
 * screen that was away fetches the board again when it comes back.
 */
@ApplicationScoped
public class BoardFeed {

    private static final Logger LOG = Logger.getLogger(BoardFeed.class);

    private final BroadcastProcessor<BoardEvent> changes = BroadcastProcessor.create();

    @Incoming("board")
    public void on(ConsumerRecord<String, byte[]> record) {
        try {
            BoardEvents.of(IncomingEvent.header(record, CloudEventHeaders.TYPE), record.value()).ifPresent(changes::onNext);
        } catch (Exception e) {
            // a change the board cannot read is one tile less fresh, never a stopped feed
            LOG.debugf("board: skipped a record of %s: %s", record.topic(), e.getMessage());
        }
    }

    /** The changes from now on. */
    public Multi<BoardEvent> changes() {
        return changes;
    }
}
