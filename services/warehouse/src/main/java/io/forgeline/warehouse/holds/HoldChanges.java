package io.forgeline.warehouse.holds;

import io.forgeline.contracts.quality.v1.HoldLifted;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Holds;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.StockLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books quality's holds once each (the inbox keeps the event id; the hold and its postings are in the same
 * transaction), holding the item's lock, which every posting of the item takes too: a receipt or release of a lot
 * either commits before the hold is placed, and is blocked by it, or waits and finds the hold on.
 */
@ApplicationScoped
public class HoldChanges {

    static final String PLACED = "io.forgeline.quality.hold-placed.v1";
    static final String LIFTED = "io.forgeline.quality.hold-lifted.v1";

    private final IdempotentConsumer consumer;
    private final Ledger ledger;
    private final StockLedger stock;
    private final Holds holds;
    private final Clock clock;

    HoldChanges(IdempotentConsumer consumer, Ledger ledger, StockLedger stock, Holds holds, Clock clock) {
        this.consumer = consumer;
        this.ledger = ledger;
        this.stock = stock;
        this.holds = holds;
        this.clock = clock;
    }

    @Incoming("holds")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case PLACED -> placed(event.payload(HoldPlaced.parser()));
            case LIFTED -> lifted(event.payload(HoldLifted.parser()));
            default -> Uni.createFrom().voidItem();
        });
    }

    /** Inside the consumer's transaction: records the hold and blocks the AVAILABLE stock it covers. */
    Uni<Void> placed(HoldPlaced placed) {
        QualityHold.Facts facts = facts("placed", placed.getHoldId(), placed.getHoldNumber(), placed.getItemCode(), placed.getLot(),
                placed.getSupplierCode(), placed.getReason(), placed.getPlacedBy(), placed.getPlacedAt());
        return ledger.lockItem(facts.itemCode())
                .chain(() -> QualityHold.<QualityHold>findById(facts.id()))
                .flatMap(known -> {
                    if (known != null) {
                        // lifted before this placement came, or placed twice: either way it blocks nothing now
                        known.placedAgain(facts);
                        return Uni.createFrom().voidItem();
                    }
                    QualityHold hold = QualityHold.placed(facts);
                    return hold.persist()
                            .chain(() -> stock.ofItems(List.of(facts.itemCode())))
                            .flatMap(balances -> post(HoldBookings.block(hold.view(), balances), facts.by()));
                });
    }

    /** Inside the consumer's transaction: ends the hold and gives back what no other active hold covers. */
    Uni<Void> lifted(HoldLifted lifted) {
        QualityHold.Facts facts = facts("lifted", lifted.getHoldId(), lifted.getHoldNumber(), lifted.getItemCode(), lifted.getLot(),
                lifted.getSupplierCode(), lifted.getReason(), lifted.getLiftedBy(), lifted.getLiftedAt());
        return ledger.lockItem(facts.itemCode())
                .chain(() -> QualityHold.<QualityHold>findById(facts.id()))
                .flatMap(known -> {
                    if (known == null) {
                        // Keyed by item, a hold's lift follows its placement on the topic; it can still come first when
                        // the placement was parked and is replayed later. Dropping the lift would leave that placement to
                        // block stock for ever: kept as lifted, the placement finds the hold over and blocks nothing.
                        return QualityHold.liftedUnplaced(facts).persist().replaceWithVoid();
                    }
                    if (!known.lift(facts)) {
                        return Uni.createFrom().voidItem();
                    }
                    Holds.Hold hold = known.view();
                    // flushed first, so the ledger no longer counts this hold when the stock comes back into AVAILABLE
                    return Panache.getSession().flatMap(session -> session.flush())
                            .chain(() -> holds.on(hold.itemCode()))
                            .flatMap(onItem -> stock.blockedByHolds(hold.itemCode(), onItem.stream().map(Holds.Hold::number).toList())
                                    .map(held -> HoldBookings.giveBack(hold, known.liftReason(), held,
                                            onItem.stream().filter(Holds.Hold::active).toList())))
                            .flatMap(booking -> post(booking, facts.by()));
                });
    }

    private Uni<Void> post(Optional<Booking> booking, String by) {
        Actor actor = new Actor(by, by, Set.of(), Optional.empty());
        return booking.isEmpty() ? Uni.createFrom().voidItem() : ledger.post(booking.get(), actor).replaceWithVoid();
    }

    /** The hold as the event names it; an event without a hold id, number or item can never be applied. */
    private QualityHold.Facts facts(String what, String holdId, String number, String itemCode, String lot, String supplierCode,
            String reason, String by, String at) {
        String hold = "hold " + (number.isBlank() ? holdId : number) + " " + what;
        UUID id;
        try {
            id = UUID.fromString(holdId);
        } catch (IllegalArgumentException notAUuid) {
            throw new PoisonEvent(hold + " has no hold id (\"" + holdId + "\" is not a UUID)");
        }
        if (number.isBlank() || itemCode.isBlank()) {
            throw new PoisonEvent(hold + " names no " + (number.isBlank() ? "hold number" : "item"));
        }
        Instant when;
        try {
            when = at.isBlank() ? clock.instant() : Instant.parse(at);
        } catch (DateTimeParseException notAnInstant) {
            throw new PoisonEvent(hold + " at \"" + at + "\", not an ISO-8601 instant");
        }
        return new QualityHold.Facts(id, number.trim(), itemCode.trim(), lot.trim(), supplierCode.trim(), reason,
                by.isBlank() ? "quality" : by, when);
    }
}
