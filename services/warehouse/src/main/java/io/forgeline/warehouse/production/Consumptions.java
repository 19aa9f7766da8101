package io.forgeline.warehouse.production;

import io.forgeline.contracts.execution.v1.MaterialConsumed;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.picking.Picking;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Issue to production: each consumption execution reports is issued from released stock once: once per event (the
 * inbox keeps its id) and once per consumption (an {@link IssuedConsumption} row in the same transaction as the issue,
 * for a consumption that comes again under another event id), from the work center's staging bin first, then from the
 * lot's other bins. A lot that holds less than the operator consumed is parked for an administrator: the book is wrong
 * and a count must say by how much before the issue is replayed.
 */
@ApplicationScoped
public class Consumptions {

    static final String CONSUMED = "io.forgeline.execution.material-consumed.v1";

    private static final Logger LOG = Logger.getLogger(Consumptions.class);

    private final IdempotentConsumer consumer;
    private final Layout layout;
    private final StockLedger stock;
    private final Ledger ledger;
    private final Picking picking;
    private final Clock clock;

    Consumptions(IdempotentConsumer consumer, Layout layout, StockLedger stock, Ledger ledger, Picking picking, Clock clock) {
        this.consumer = consumer;
        this.layout = layout;
        this.stock = stock;
        this.ledger = ledger;
        this.picking = picking;
        this.clock = clock;
    }

    @Incoming("material-consumptions")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CONSUMED, MaterialConsumed.parser(), this::issue);
    }

    /**
     * Inside the consumer's transaction. Under the lot's lock, so the same consumption delivered twice at once is issued
     * by the first and found issued by the second.
     */
    Uni<Void> issue(MaterialConsumed consumed) {
        UUID consumptionId = consumptionId(consumed);
        BigDecimal quantity = Amounts.positive(consumed.getQuantity().getAmount()).orElseThrow(() -> new PoisonEvent("consumption "
                + consumptionId + " by " + consumed.getOrderNumber() + " of \"" + consumed.getQuantity().getAmount() + "\" "
                + consumed.getQuantity().getUnit() + ": not a positive quantity"));
        String sscc = consumed.getSscc().isEmpty() ? null : consumed.getSscc();
        return ledger.lockLot(consumed.getItemCode(), consumed.getLot())
                .chain(() -> IssuedConsumption.<IssuedConsumption>findById(consumptionId))
                .flatMap(known -> {
                    if (known != null) {
                        LOG.infof("consumption %s of %s lot %s by %s was issued already; event ignored", consumptionId, consumed.getItemCode(),
                                consumed.getLot(), consumed.getOrderNumber());
                        return Uni.createFrom().voidItem();
                    }
                    // the operator took the material himself: the order's own picks of the item are moot
                    return picking.takenByTheShopFloor(UUID.fromString(consumed.getOrderId()), consumed.getItemCode())
                            .chain(() -> layout.stagingBinsOf(consumed.getWorkCenterCode()))
                            .flatMap(staging -> stock.releasedForProduction(consumed.getItemCode(), consumed.getLot())
                                    .map(held -> booking(consumed, quantity, sources(held, codes(staging), sscc))))
                            .flatMap(booking -> ledger.post(booking, new Actor(consumed.getConsumedBy(), consumed.getConsumedBy(), Set.of(), Optional.empty())))
                            .flatMap(posted -> IssuedConsumption.issued(consumptionId, consumed.getOrderNumber(), consumed.getItemCode(), consumed.getLot(),
                                    quantity, consumed.getQuantity().getUnit(), posted.getFirst().postingId, clock.instant()).persist())
                            .replaceWithVoid();
                });
    }

    /** Those of these consumptions that have been issued; inside the caller's session. */
    public Uni<Set<UUID>> issuedAmong(Collection<UUID> consumptionIds) {
        return consumptionIds.isEmpty() ? Uni.createFrom().item(Set.of())
                : IssuedConsumption.<IssuedConsumption>list("consumptionId in ?1", consumptionIds)
                        .map(issued -> issued.stream().map(IssuedConsumption::consumptionId).collect(Collectors.toSet()));
    }

    /** A consumption without a valid id could never be told from its next delivery: it is refused, not issued. */
    private static UUID consumptionId(MaterialConsumed consumed) {
        try {
            return UUID.fromString(consumed.getConsumptionId());
        } catch (IllegalArgumentException notAUuid) {
            throw new PoisonEvent("consumption by " + consumed.getOrderNumber() + " of " + consumed.getItemCode() + " lot " + consumed.getLot()
                    + " has no consumption id (\"" + consumed.getConsumptionId() + "\" is not a UUID)");
        }
    }

    /**
     * The scanned handling unit first, then the work center's staging bins, then the lot's other bins.
     */
    private static List<StockBalance> sources(List<StockBalance> held, Set<String> staging, String sscc) {
        return held.stream().sorted(Comparator
                        .comparing((StockBalance b) -> sscc != null && !sscc.equals(b.sscc))
                        .thenComparing(b -> !staging.contains(b.bin))
                        .thenComparing(b -> b.bin)
                        .thenComparing(b -> b.sscc == null ? "" : b.sscc))
                .toList();
    }

    private static Set<String> codes(List<Bin> bins) {
        return bins.stream().map(bin -> bin.code).collect(Collectors.toSet());
    }

    private static Booking booking(MaterialConsumed consumed, BigDecimal quantity, List<StockBalance> sources) {
        BigDecimal held = sources.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (held.compareTo(quantity) < 0) {
            throw new PoisonEvent("consumption " + consumed.getConsumptionId() + " of " + Amounts.plain(quantity) + " " + consumed.getQuantity().getUnit()
                    + " of " + consumed.getItemCode() + " lot " + consumed.getLot() + " by " + consumed.getOrderNumber()
                    + ": the lot holds only " + Amounts.plain(held) + " released; count it, then replay");
        }
        Booking booking = Booking.of(MovementType.ISSUE, "consumed by " + consumed.getConsumedBy(),
                consumed.getOrderNumber() + " op " + consumed.getOperationSequence());
        BigDecimal open = quantity;
        for (StockBalance source : sources) {
            if (open.signum() == 0) {
                break;
            }
            BigDecimal taken = open.min(source.quantity);
            booking.take(source, taken);
            open = open.subtract(taken);
        }
        return booking;
    }

}
