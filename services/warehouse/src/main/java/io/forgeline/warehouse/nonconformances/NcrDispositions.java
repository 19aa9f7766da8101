package io.forgeline.warehouse.nonconformances;

import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Books quality's NCR dispositions once each: once per event (the inbox keeps its id) and once per disposition (an
 * {@link NcrDisposition} row in the same transaction as the postings, for a disposition that comes again under another
 * event id). Under the lot's lock, so no other move of the lot slips in between reading its BLOCKED stock and booking
 * it. A disposition of more than the lot holds BLOCKED is parked on the dead-letter topic, nothing booked, for an
 * administrator to put right (a count, a late rejection) and replay. Opened and closed NCRs move no stock.
 */
@ApplicationScoped
public class NcrDispositions {

    static final String DECIDED = "io.forgeline.quality.ncr-disposition-decided.v1";

    private static final Logger LOG = Logger.getLogger(NcrDispositions.class);

    private final IdempotentConsumer consumer;
    private final StockLedger stock;
    private final Ledger ledger;
    private final Clock clock;

    NcrDispositions(IdempotentConsumer consumer, StockLedger stock, Ledger ledger, Clock clock) {
        this.consumer = consumer;
        this.stock = stock;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Incoming("nonconformances")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, DECIDED, NcrDispositionDecided.parser(), this::book);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> book(NcrDispositionDecided decided) {
        NcrDisposition.Facts facts = facts(decided);
        Actor decidedBy = new Actor(facts.decidedBy(), facts.decidedBy(), Set.of(), Optional.empty());
        return ledger.lockLot(facts.itemCode(), facts.lot())
                .chain(() -> NcrDisposition.<NcrDisposition>findById(facts.id()))
                .flatMap(known -> {
                    if (known != null) {
                        LOG.infof("disposition %s of %s was booked already; event ignored", facts.id(), facts.ncrNumber());
                        return Uni.createFrom().voidItem();
                    }
                    return stock.ofLot(facts.itemCode(), facts.lot(), StockStatus.BLOCKED)
                            .map(blocked -> DispositionPlan.booking(decided, blocked))
                            .flatMap(booking -> post(booking, decidedBy))
                            .flatMap(posting -> NcrDisposition.booked(facts, posting.orElse(null), clock.instant()).persist())
                            .replaceWithVoid();
                });
    }

    private Uni<Optional<UUID>> post(Optional<Booking> booking, Actor decidedBy) {
        return booking.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : ledger.post(booking.get(), decidedBy).map(posted -> Optional.of(posted.getFirst().postingId));
    }

    /** The disposition as the event names it; one without a disposition id, NCR number or item can never be booked. */
    private static NcrDisposition.Facts facts(NcrDispositionDecided decided) {
        UUID id;
        try {
            id = UUID.fromString(decided.getDispositionId());
        } catch (IllegalArgumentException notAUuid) {
            throw DispositionPlan.refused(decided, "has no disposition id (\"" + decided.getDispositionId() + "\" is not a UUID)");
        }
        if (decided.getNcrNumber().isBlank() || decided.getItemCode().isBlank()) {
            throw DispositionPlan.refused(decided, "names no " + (decided.getNcrNumber().isBlank() ? "NCR number" : "item"));
        }
        Instant at;
        try {
            at = decided.getDecidedAt().isBlank() ? null : Instant.parse(decided.getDecidedAt());
        } catch (DateTimeParseException notAnInstant) {
            throw new PoisonEvent("disposition " + id + " of " + decided.getNcrNumber() + " decided at \"" + decided.getDecidedAt()
                    + "\", not an ISO-8601 instant");
        }
        String by = decided.getDecidedBy().isBlank() ? "quality" : decided.getDecidedBy();
        return new NcrDisposition.Facts(id, decided.getNcrId(), decided.getNcrNumber(), decided.getAction().name().replace("NCR_ACTION_", ""),
                decided.getItemCode(), decided.getLot(), DispositionPlan.quantityOf(decided), decided.getQuantity().getUnit(),
                decided.getSupplierCode(), decided.getReason().isBlank() ? null : decided.getReason(), by, at);
    }
}
