package io.forgeline.warehouse.decisions;

import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books quality's usage decisions once each (the inbox keeps the event id; the postings are in the same transaction),
 * under the lot's lock so no other move of the lot slips in between reading the quarantine and booking it.
 */
@ApplicationScoped
public class UsageDecisions {

    static final String MADE = "io.forgeline.quality.usage-decision-made.v1";

    private final IdempotentConsumer consumer;
    private final StockLedger stock;
    private final Ledger ledger;

    UsageDecisions(IdempotentConsumer consumer, StockLedger stock, Ledger ledger) {
        this.consumer = consumer;
        this.stock = stock;
        this.ledger = ledger;
    }

    @Incoming("usage-decisions")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, MADE, UsageDecisionMade.parser(), this::book);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> book(UsageDecisionMade decision) {
        Actor signedBy = new Actor(decision.getDecidedBy(), decision.getDecidedBy(), Set.of(), Optional.empty());
        return ledger.lockLot(decision.getItemCode(), decision.getLot())
                .chain(() -> stock.ofLot(decision.getItemCode(), decision.getLot(), StockStatus.QUARANTINE))
                .map(quarantined -> DecisionPlan.bookings(decision, quarantined))
                .flatMap(bookings -> post(bookings, signedBy));
    }

    private Uni<Void> post(List<Booking> bookings, Actor signedBy) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Booking booking : bookings) {
            chain = chain.call(() -> ledger.post(booking, signedBy));
        }
        return chain;
    }
}
