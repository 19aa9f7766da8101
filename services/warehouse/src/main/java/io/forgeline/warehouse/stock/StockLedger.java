package io.forgeline.warehouse.stock;

import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.steps.InTurn;
import io.forgeline.warehouse.layout.ZoneKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads stock: what lies where and what can be issued now; and the movements behind it. */
@ApplicationScoped
public class StockLedger {

    /** Items neither held nor known to the item master are still answered, in the most common unit. */
    private static final String DEFAULT_UNIT = "PCE";

    private final Clock clock;
    private final Items items;
    private final Holds holds;

    StockLedger(Clock clock, Items items, Holds holds) {
        this.clock = clock;
        this.items = items;
        this.holds = holds;
    }

    /** Everything held of the item, BLOCKED stock that a quality hold keeps blocked naming that hold. */
    @WithSession
    public Uni<ItemStock> stockOf(String itemCode) {
        return StockBalance.<StockBalance>list("itemCode = ?1 order by status, expiresOn nulls last, lot, bin, sscc nulls first", itemCode)
                .flatMap(entries -> items.find(itemCode).flatMap(item -> heldBy(itemCode)
                        .map(held -> summarise(itemCode, item, entries, held))));
    }

    /**
     * Which hold keeps each of these balances BLOCKED, by place, as the stock view names it (balances no hold keeps
     * blocked are absent); one question per item. Inside the caller's session.
     */
    public Uni<Map<StockPlace, String>> holdsKeeping(Collection<StockBalance> balances) {
        List<String> blockedItems = balances.stream().filter(balance -> balance.status == StockStatus.BLOCKED)
                .map(balance -> balance.itemCode).distinct().toList();
        Map<StockPlace, String> byPlace = new HashMap<>();
        return InTurn.each(blockedItems, itemCode -> heldBy(itemCode).invoke(byPlace::putAll)).replaceWith(byPlace);
    }

    /** Which hold keeps each BLOCKED place blocked: the earliest placed active one on its lot, as the ledger blocks. */
    private Uni<Map<StockPlace, String>> heldBy(String itemCode) {
        return holds.on(itemCode).flatMap(known -> {
            List<Holds.Hold> active = known.stream().filter(Holds.Hold::active).toList();
            if (active.isEmpty()) {
                return Uni.createFrom().item(Map.<StockPlace, String>of());
            }
            return blockedByHolds(itemCode, known.stream().map(Holds.Hold::number).toList()).map(held -> {
                Map<StockPlace, String> byPlace = new HashMap<>();
                for (HeldStock stock : held) {
                    active.stream().filter(hold -> hold.covers(stock.balance().lot)).findFirst()
                            .ifPresent(hold -> byPlace.put(stock.balance().place(), hold.number()));
                }
                return byPlace;
            });
        });
    }

    /**
     * BLOCKED stock of the item that quality holds blocked (STATUS_CHANGE movements with one of {@code holdNumbers} as
     * reference, less what their lifts gave back) and that still lies where they blocked it. Counted per place and never
     * more than the place holds now, so stock blocked there for another reason (a rejected lot) is not counted as held;
     * held stock moved to another bin while held is no longer counted either: it stays BLOCKED until someone decides.
     * Inside the caller's session.
     */
    public Uni<List<HeldStock>> blockedByHolds(String itemCode, Collection<String> holdNumbers) {
        if (holdNumbers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select m.lot, m.bin, m.sscc, sum(m.quantity) from StockMovement m where m.itemCode = ?1 and m.status = ?2 and m.type = ?3"
                                + " and m.reference in ?4 group by m.lot, m.bin, m.sscc having sum(m.quantity) > 0", Object[].class)
                .setParameter(1, itemCode).setParameter(2, StockStatus.BLOCKED).setParameter(3, MovementType.STATUS_CHANGE)
                .setParameter(4, holdNumbers).getResultList())
                .flatMap(rows -> rows.isEmpty() ? Uni.createFrom().item(List.<HeldStock>of())
                        : StockBalance.<StockBalance>list("itemCode = ?1 and status = ?2 order by lot, bin, sscc nulls first", itemCode, StockStatus.BLOCKED)
                                .map(blocked -> {
                                    Map<StockPlace, BigDecimal> byHolds = rows.stream().collect(Collectors.toMap(
                                            row -> new StockPlace(itemCode, (String) row[0], StockStatus.BLOCKED, (String) row[1], (String) row[2]),
                                            row -> (BigDecimal) row[3]));
                                    return blocked.stream().filter(balance -> byHolds.containsKey(balance.place()))
                                            .map(balance -> new HeldStock(balance, balance.quantity.min(byHolds.get(balance.place()))))
                                            .toList();
                                }));
    }

    @WithSession
    public Uni<List<ItemStock>> stockOf(Collection<String> itemCodes) {
        return StockBalance.<StockBalance>list("itemCode in ?1 order by status, expiresOn nulls last, lot, bin, sscc nulls first", itemCodes)
                .flatMap(entries -> items.byCode(itemCodes).map(known -> {
                    Map<String, List<StockBalance>> byItem = entries.stream().collect(Collectors.groupingBy(e -> e.itemCode));
                    return itemCodes.stream()
                            .map(code -> summarise(code, Optional.ofNullable(known.get(code)), byItem.getOrDefault(code, List.of()), Map.of()))
                            .toList();
                }));
    }

    /** What lies on a handling unit now, by item and lot; inside the caller's session. */
    public Uni<List<StockBalance>> onHandlingUnit(String sscc) {
        return StockBalance.list("sscc = ?1 order by itemCode, lot, status", sscc);
    }

    /** What lies on these handling units now (a pallet and the cartons on it), by item and lot; inside the caller's session. */
    public Uni<List<StockBalance>> onHandlingUnits(Collection<String> ssccs) {
        return StockBalance.list("sscc in ?1 order by itemCode, lot, status, sscc", ssccs);
    }

    /** The movements booked together, in the order they were booked. */
    @WithSession
    public Uni<List<StockMovement>> posting(java.util.UUID posting) {
        return StockMovement.list("postingId = ?1 order by seq", posting);
    }

    /** How often each item moved since {@code since} (opening balances not counted); inside the caller's session. */
    public Uni<Map<String, Long>> movementsPerItemSince(java.time.Instant since) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select m.itemCode, count(m) from StockMovement m where m.type <> ?1 and m.at >= ?2 group by m.itemCode", Object[].class)
                .setParameter(1, MovementType.OPENING).setParameter(2, since).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
    }

    /** Every balance of these items; inside the caller's session. */
    public Uni<List<StockBalance>> ofItems(Collection<String> itemCodes) {
        return itemCodes.isEmpty() ? Uni.createFrom().item(List.of()) : StockBalance.list("itemCode in ?1", itemCodes);
    }

    /** An item's released stock in bins of these zone kinds (where picks may come from); inside the caller's session. */
    public Uni<List<StockBalance>> releasedIn(String itemCode, Collection<String> bins) {
        return bins.isEmpty() ? Uni.createFrom().item(List.of())
                : StockBalance.list("itemCode = ?1 and status = ?2 and bin in ?3", itemCode, StockStatus.AVAILABLE, bins);
    }

    /** Every released balance of one lot, wherever it lies; inside the caller's session. */
    public Uni<List<StockBalance>> released(String itemCode, String lot) {
        return ofLot(itemCode, lot, StockStatus.AVAILABLE);
    }

    /**
     * Every released balance of one lot outside the shipping area: goods picked or packed for a customer are the
     * customer's, not the shop floor's. Inside the caller's session.
     */
    public Uni<List<StockBalance>> releasedForProduction(String itemCode, String lot) {
        return StockBalance.list("itemCode = ?1 and lot = ?2 and status = ?3 and bin not in (select b.code from Bin b where b.zone.kind = ?4)",
                itemCode, lot, StockStatus.AVAILABLE, ZoneKind.SHIPPING);
    }

    /** Every balance of one lot in any status, wherever it lies, loose or on handling units; inside the caller's session. */
    public Uni<List<StockBalance>> ofLot(String itemCode, String lot) {
        return StockBalance.list("itemCode = ?1 and lot = ?2", itemCode, lot);
    }

    /**
     * Every balance carrying this lot number, of whatever item (a bare lot number scanned), in any status, wherever it
     * lies; inside the caller's session.
     */
    public Uni<List<StockBalance>> withLotNumber(String lot) {
        return StockBalance.list("lot", lot);
    }

    /** Every balance of one lot in {@code status}, wherever it lies; inside the caller's session. */
    public Uni<List<StockBalance>> ofLot(String itemCode, String lot, StockStatus status) {
        return StockBalance.list("itemCode = ?1 and lot = ?2 and status = ?3", itemCode, lot, status);
    }

    /** What lies in these bins now; inside the caller's session. */
    public Uni<List<StockBalance>> inBins(Collection<String> bins) {
        return StockBalance.list("bin in ?1", bins);
    }

    /** Every movement of an item, or of one of its lots, oldest first. */
    @WithSession
    public Uni<List<StockMovement>> movements(String itemCode, Optional<String> lot) {
        return lot.isEmpty()
                ? StockMovement.list("itemCode = ?1 order by seq", itemCode)
                : StockMovement.list("itemCode = ?1 and lot = ?2 order by seq", itemCode, lot.get());
    }

    /** Sums in the unit the stock was booked in; with nothing held, in the item master's unit. */
    private ItemStock summarise(String itemCode, Optional<Item> item, List<StockBalance> entries, Map<StockPlace, String> heldBy) {
        String unit = !entries.isEmpty() ? entries.getFirst().unit
                : item.map(i -> i.unit).orElse(DEFAULT_UNIT);
        return ItemStock.of(itemCode, item.map(i -> i.description).orElse(null), unit, entries, LocalDate.now(clock), heldBy);
    }
}
