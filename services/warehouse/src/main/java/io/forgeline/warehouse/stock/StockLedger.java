package io.forgeline.warehouse.stock;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class StockLedger {

    /** Items we hold nothing of are still answered, in the unit the caller will most likely expect. */
    private static final String DEFAULT_UNIT = "PCE";

    private final Clock clock;

    StockLedger(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<ItemStock> stockOf(String itemCode) {
        return StockEntry.<StockEntry>list("itemCode = ?1 order by status, expiresOn nulls last, lot", itemCode)
                .map(entries -> summarise(itemCode, entries));
    }

    @WithSession
    public Uni<List<ItemStock>> stockOf(Collection<String> itemCodes) {
        return StockEntry.<StockEntry>list("itemCode in ?1 order by status, expiresOn nulls last, lot", itemCodes)
                .map(entries -> {
                    Map<String, List<StockEntry>> byItem = entries.stream().collect(Collectors.groupingBy(e -> e.itemCode));
                    return itemCodes.stream().map(code -> summarise(code, byItem.getOrDefault(code, List.of()))).toList();
                });
    }

    private ItemStock summarise(String itemCode, List<StockEntry> entries) {
        String unit = entries.isEmpty() ? DEFAULT_UNIT : entries.getFirst().unit;
        return ItemStock.of(itemCode, unit, entries, LocalDate.now(clock));
    }
}
