package io.forgeline.supply.scorecard;

import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.items.PurchaseUnits;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.steps.InTurn;
import io.forgeline.supply.scorecard.RejectionSplit.Charge;
import io.forgeline.supply.scorecard.RejectionSplit.Share;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Quality's rejections charged to the deliveries they count against, inside the consumers' transactions. A goods
 * receipt leaves what each of its lines brought onto which delivery ({@code receipt_line}); a usage decision on an
 * incoming lot names that receipt, and what it did not release is added to those deliveries' rejected quantity, once
 * per decision id ({@code usage_decision}).
 *
 * <p>A decision can overtake its receipt: the two come on different topics, and quality may decide on a lot before
 * supply has consumed the receipt that opened it. Such a decision is kept, uncharged, and charged when the receipt
 * comes. Retrying it instead would hold every later decision behind it (a channel applies its records one at a time)
 * for as long as the receipt takes, forever for a receipt of no order of ours, and the consumer would in the end park
 * it as poison: a rejection lost. The receipt and the decisions on it take turns (a transaction lock on the receipt
 * id), so neither can miss the other's rows not yet committed.
 */
@ApplicationScoped
public class Rejections {

    private final Items items;
    private final Clock clock;

    Rejections(Items items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** Taken first by both the receipt's transaction and a decision's. */
    static Uni<Void> inTurnWith(UUID receiptId) {
        return TransactionLocks.lock("goods-receipt:" + receiptId);
    }

    /**
     * What one receipt line put into stock on a delivery, in the receipt's unit, with the factor to the item's base
     * unit as quality converts it when it opens the inspection lot (an item this copy does not know, or a unit it
     * cannot convert, is taken as counted: quality refuses such a receipt, so no decision will come for it).
     */
    Uni<Void> brought(UUID receiptId, int ordinal, UUID orderId, int lineNumber, LocalDate day, ReceivedLine line) {
        BigDecimal intoStock = amount(line.getReceived().getAmount()).subtract(amount(line.getDamaged().getAmount()));
        String unit = line.getReceived().getUnit();
        return items.find(line.getItemCode()).flatMap(item -> session(s -> s.createNativeQuery("""
                        insert into receipt_line (receipt_id, ordinal, purchase_order_id, line_number, received_on, item_code, lot,
                                                  into_stock, base_per_unit)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (receipt_id, ordinal) do nothing""")
                .setParameter(1, receiptId).setParameter(2, ordinal).setParameter(3, orderId).setParameter(4, lineNumber)
                .setParameter(5, day).setParameter(6, line.getItemCode()).setParameter(7, line.getLot())
                .setParameter(8, intoStock.max(BigDecimal.ZERO)).setParameter(9, basePerUnit(item, unit))
                .executeUpdate())).replaceWithVoid();
    }

    private static BigDecimal basePerUnit(Optional<Item> item, String unit) {
        if (item.isEmpty() || item.get().unit == null || unit == null || unit.isBlank()) {
            return BigDecimal.ONE;
        }
        return PurchaseUnits.factor(item.get(), unit).orElse(BigDecimal.ONE);
    }

    /** The receipt is in: decisions that came before it are charged now, in the order they were made. */
    Uni<Void> receiptIn(UUID receiptId) {
        return session(s -> s.createNativeQuery("""
                        select cast(decision_id as text), item_code, lot, rejected_quantity from usage_decision
                        where receipt_id = ?1 and charged_at is null order by decided_at, decision_id""", Object[].class)
                .setParameter(1, receiptId).getResultList())
                .flatMap(waiting -> InTurn.each(waiting, row -> charge(UUID.fromString((String) row[0]), receiptId, (String) row[1],
                        (String) row[2], (BigDecimal) row[3])));
    }

    /**
     * A usage decision: what it did not release counts against the supplier's delivery. The plant's own lots (no
     * supplier) and lots that came by no goods receipt are no supplier's delivery; a decision that releases all
     * rejects nothing. Either way nothing is kept of them.
     */
    Uni<Void> decided(UsageDecisionMade decision) {
        if (decision.getSupplierCode().isBlank() || decision.getReceiptId().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        BigDecimal rejected = rejected(decision);
        if (rejected.signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        UUID decisionId = uuid(decision, "decision_id", decision.getDecisionId());
        UUID receiptId = uuid(decision, "receipt_id", decision.getReceiptId());
        Instant decidedAt = decidedAt(decision);
        return Uni.createFrom().voidItem().call(() -> inTurnWith(receiptId))
                .flatMap(locked -> session(s -> s.createNativeQuery("""
                                insert into usage_decision (decision_id, receipt_id, item_code, lot, rejected_quantity, decided_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (decision_id) do nothing""")
                        .setParameter(1, decisionId).setParameter(2, receiptId).setParameter(3, decision.getItemCode())
                        .setParameter(4, decision.getLot()).setParameter(5, rejected).setParameter(6, decidedAt)
                        .executeUpdate()))
                // a decision seen before (another event id, the same decision) was charged or waits already
                .flatMap(inserted -> inserted == 0 ? Uni.createFrom().voidItem() : receiptSeen(receiptId).flatMap(seen -> seen
                        ? charge(decisionId, receiptId, decision.getItemCode(), decision.getLot(), rejected)
                        : Uni.createFrom().voidItem()));
    }

    /** Blocked, scrapped or returned to the supplier: every disposition but release. */
    static BigDecimal rejected(UsageDecisionMade decision) {
        BigDecimal rejected = BigDecimal.ZERO;
        for (Disposition disposition : decision.getDispositionsList()) {
            if (disposition.getAction() != UsageAction.RELEASE) {
                String amount = disposition.getQuantity().getAmount();
                try {
                    rejected = rejected.add(new BigDecimal(amount));
                } catch (NumberFormatException notADecimal) {
                    throw new PoisonEvent("usage decision " + decision.getDecisionId() + " disposes of '" + amount + "', which is no quantity");
                }
            }
        }
        return rejected;
    }

    private Uni<Boolean> receiptSeen(UUID receiptId) {
        return session(s -> s.createNativeQuery("select count(*) from receipt_line where receipt_id = ?1", Long.class)
                .setParameter(1, receiptId).getSingleResult()).map(lines -> lines > 0);
    }

    /** Splits the decision over the receipt's lines of that item and lot, and adds each part to the line and its delivery. */
    private Uni<Void> charge(UUID decisionId, UUID receiptId, String itemCode, String lot, BigDecimal rejected) {
        return session(s -> s.createNativeQuery("""
                        select ordinal, into_stock, rejected_quantity, base_per_unit from receipt_line
                        where receipt_id = ?1 and item_code = ?2 and lot = ?3 order by ordinal""", Object[].class)
                .setParameter(1, receiptId).setParameter(2, itemCode).setParameter(3, lot).getResultList())
                .map(rows -> RejectionSplit.split(rejected, rows.stream()
                        .map(row -> new Share(((Number) row[0]).intValue(), (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3]))
                        .toList()))
                .flatMap(charges -> InTurn.each(charges, charge -> add(receiptId, charge)))
                .flatMap(charged -> session(s -> s.createNativeQuery("update usage_decision set charged_at = ?2 where decision_id = ?1")
                        .setParameter(1, decisionId).setParameter(2, clock.instant()).executeUpdate()))
                .replaceWithVoid();
    }

    private static Uni<Integer> add(UUID receiptId, Charge charge) {
        return session(s -> s.createNativeQuery("""
                        with line as (
                            update receipt_line set rejected_quantity = rejected_quantity + ?3 where receipt_id = ?1 and ordinal = ?2
                            returning purchase_order_id, line_number, received_on)
                        update delivery d set rejected_quantity = d.rejected_quantity + ?3 from line
                        where d.purchase_order_id = line.purchase_order_id and d.line_number = line.line_number
                          and d.received_on = line.received_on""")
                .setParameter(1, receiptId).setParameter(2, charge.ordinal()).setParameter(3, charge.quantity())
                .executeUpdate());
    }

    private static UUID uuid(UsageDecisionMade decision, String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            throw new PoisonEvent("usage decision " + decision.getDecisionId() + " has " + field + " '" + value + "', which is no UUID");
        }
    }

    private static Instant decidedAt(UsageDecisionMade decision) {
        try {
            return Instant.parse(decision.getDecidedAt());
        } catch (DateTimeParseException notAnInstant) {
            throw new PoisonEvent("usage decision " + decision.getDecisionId() + " was decided at '" + decision.getDecidedAt()
                    + "', which is no instant");
        }
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().flatMap(session -> work.apply(session));
    }
}
