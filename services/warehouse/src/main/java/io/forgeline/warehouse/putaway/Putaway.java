package io.forgeline.warehouse.putaway;

import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.handlingunits.HandlingUnits;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.layout.ZoneKind;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockMovement;
import io.forgeline.warehouse.stock.StockStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a handling unit away whole: the rule suggests a bin (quarantined goods into the quarantine zone, released ones
 * into storage), the clerk confirms by scanning it, and the unit's goods move there in one posting.
 */
@ApplicationScoped
public class Putaway {

    private final HandlingUnits units;
    private final Layout layout;
    private final StockLedger stock;
    private final Ledger ledger;
    private final Items items;
    private final IdempotentRequests idempotency;

    Putaway(HandlingUnits units, Layout layout, StockLedger stock, Ledger ledger, Items items, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.units = units;
        this.layout = layout;
        this.stock = stock;
        this.ledger = ledger;
        this.items = items;
    }

    /** Where the unit should go; 422 when it holds nothing or no bin can take it. */
    public Uni<Suggested> suggest(Sscc sscc) {
        return Panache.withSession(() -> units.contents(sscc).flatMap(contents -> suggestion(contents.held())));
    }

    /** Moves the whole unit into the scanned bin, which must be the suggested one (422 naming it otherwise). */
    public Uni<List<StockMovement>> confirm(Sscc sscc, String scannedBin, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("putaway", actor, idempotencyKey, sscc.value() + " " + scannedBin,
                attempt -> Panache.withTransaction(() -> TransactionLocks.lock("handling-unit:" + sscc.value())
                .chain(() -> units.contents(sscc))
                // the unit's lots take turns with picks and issues from it; then its goods are read again, as they are now
                .call(contents -> ledger.lock(contents.held().stream().map(StockBalance::place).toList()))
                // nothing of ours is pending yet: forget what was read, so the second read sees what others committed
                .call(contents -> Panache.getSession().invoke(session -> session.clear()))
                .chain(() -> units.contents(sscc))
                .flatMap(contents -> suggestion(contents.held()).flatMap(suggested -> {
                    if (!suggested.bin().equals(scannedBin)) {
                        throw new RuleViolation("bin", "bin " + scannedBin + " is not where this handling unit goes: put it into "
                                + suggested.bin() + " (" + suggested.reason() + ")");
                    }
                    if (contents.held().stream().allMatch(balance -> balance.bin.equals(scannedBin))) {
                        throw new IllegalTransition("handling unit " + sscc.value() + " is in " + scannedBin + " already");
                    }
                    Booking booking = Booking.of(MovementType.PUTAWAY, suggested.reason(), "SSCC " + sscc.value());
                    contents.held().forEach(balance -> booking.move(balance, placeIn(balance, scannedBin), balance.quantity));
                    return ledger.post(booking, actor).call(posted -> attempt.remember(posted.getFirst().postingId.toString()));
                }))),
                posting -> stock.posting(UUID.fromString(posting)));
    }

    private static io.forgeline.warehouse.stock.StockPlace placeIn(StockBalance balance, String bin) {
        return new io.forgeline.warehouse.stock.StockPlace(balance.itemCode, balance.lot, balance.status, bin, balance.sscc);
    }

    /** Inside the caller's session. */
    private Uni<Suggested> suggestion(List<StockBalance> held) {
        if (held.isEmpty()) {
            throw new RuleViolation("sscc", "this handling unit holds nothing any more: nothing to put away");
        }
        StockBalance first = held.getFirst();
        BigDecimal total = held.stream().map(balance -> balance.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        ZoneKind wanted = held.stream().anyMatch(balance -> balance.status != StockStatus.AVAILABLE) ? ZoneKind.QUARANTINE : ZoneKind.STORAGE;
        return items.find(first.itemCode).flatMap(item -> layout.binsOf(wanted).flatMap(bins -> stock.inBins(bins.stream().map(b -> b.code).toList())
                .map(inBins -> {
                    PutawayRule.Goods goods = new PutawayRule.Goods(first.itemCode, item.map(Putaway::itemClass).orElse(null), first.lot, total);
                    return PutawayRule.suggest(goods, wanted, candidates(bins, inBins))
                            .map(found -> new Suggested(found.bin().code(), found.reason(), wanted))
                            .orElseThrow(() -> new RuleViolation("sscc", "no open " + wanted.name().toLowerCase() + " bin can take "
                                    + Amounts.plain(total) + " " + first.unit + " of " + first.itemCode));
                })));
    }

    private static String itemClass(Item item) {
        return item.productFamily;
    }

    private static List<PutawayRule.Bin> candidates(List<Bin> bins, List<StockBalance> inBins) {
        Map<String, List<StockBalance>> byBin = inBins.stream().collect(Collectors.groupingBy(balance -> balance.bin));
        return bins.stream().map(bin -> {
            List<StockBalance> there = byBin.getOrDefault(bin.code, List.of());
            Set<PutawayRule.Content> holds = new HashSet<>();
            there.forEach(balance -> holds.add(new PutawayRule.Content(balance.itemCode, balance.lot)));
            BigDecimal occupied = there.stream().map(balance -> balance.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new PutawayRule.Bin(bin.code, bin.zone.code, bin.zone.kind, Set.of(bin.itemClasses), bin.capacity, occupied, bin.blocked, holds);
        }).toList();
    }

    /** The bin a handling unit should go to, why, and in which kind of zone it was looked for. */
    public record Suggested(String bin, String reason, ZoneKind zone) {
    }
}
