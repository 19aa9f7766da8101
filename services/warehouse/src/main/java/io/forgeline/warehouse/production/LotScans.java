package io.forgeline.warehouse.production;

import io.forgeline.warehouse.handlingunits.HandlingUnits;
import io.forgeline.warehouse.handlingunits.SsccScans;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockPlace;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A lot's stock as an operator's consumption scan needs it, read fresh: every balance the scan names (all statuses,
 * bins and handling units), whether it lies in a staging bin of the operator's work center, the quality hold keeping a
 * BLOCKED one blocked, and which of execution's consumptions have been issued already. Reads only: what the stock view
 * and the issue read, through the same readers. An unknown lot, handling unit or serial holds nothing.
 */
@ApplicationScoped
public class LotScans {

    private static final Comparator<StockBalance> ORDER = Comparator.comparing((StockBalance b) -> b.itemCode)
            .thenComparing(b -> b.lot).thenComparing(b -> b.bin)
            .thenComparing(b -> b.sscc == null ? "" : b.sscc).thenComparing(b -> b.status);

    private final StockLedger stock;
    private final HandlingUnits units;
    private final SsccScans ssccs;
    private final Layout layout;
    private final Serials serials;
    private final Consumptions consumptions;

    LotScans(StockLedger stock, HandlingUnits units, SsccScans ssccs, Layout layout, Serials serials, Consumptions consumptions) {
        this.stock = stock;
        this.units = units;
        this.ssccs = ssccs;
        this.layout = layout;
        this.serials = serials;
        this.consumptions = consumptions;
    }

    /** The balance with what the scan needs to know of it. */
    public record Line(StockBalance balance, boolean staged, Optional<String> hold) {
    }

    /** @param issuedConsumptionIds those of the asked consumption ids that have been issued, as the caller spelt them */
    public record ScannedStock(List<Line> balances, List<String> issuedConsumptionIds) {
    }

    /**
     * 400 naming {@code sscc} for one that is not an SSCC (a wrong check digit). Read in one snapshot: the balances and
     * the issued consumptions must agree, or a consumption issued between the two reads would be neither pending for
     * execution nor out of the balance yet, and the operator could consume it twice.
     */
    public Uni<ScannedStock> stockOf(LotScan scan) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate())
                .flatMap(snapshot -> balances(scan))
                .flatMap(balances -> stock.holdsKeeping(balances)
                        .flatMap(holds -> staging(scan.workCenterCode())
                                .flatMap(staging -> consumptions.issuedAmong(scan.consumptionIds().keySet())
                                        .map(issued -> new ScannedStock(lines(balances, holds, staging), issued(scan, issued)))))));
    }

    private Uni<List<StockBalance>> balances(LotScan scan) {
        // a handling unit's label is read as every scan is, so a wrong check digit is told before anything is looked up
        if (scan.namesNoUnit()) {
            return layout.stagingBinsOf(scan.workCenterCode().orElseThrow())
                    .flatMap(bins -> stock.releasedIn(scan.itemCode().orElseThrow(), bins.stream().map((Bin bin) -> bin.code).toList()));
        }
        return Uni.createFrom().item(() -> scan.sscc().map(scanned -> ssccs.read("sscc", scanned))).flatMap(sscc -> lot(scan).flatMap(lot -> {
            if (scan.serial().isPresent() && lot.isEmpty()) {
                return Uni.createFrom().item(List.<StockBalance>of());   // a serial never produced here, or of another lot
            }
            if (sscc.isPresent()) {
                return units.held(sscc.get()).map(held -> held.stream()
                        .filter(balance -> scan.itemCode().map(balance.itemCode::equals).orElse(true))
                        .filter(balance -> lot.map(balance.lot::equals).orElse(true))
                        .toList());
            }
            return scan.itemCode().isPresent() ? stock.ofLot(scan.itemCode().get(), lot.orElseThrow()) : stock.withLotNumber(lot.orElseThrow());
        }));
    }

    /** The lot the scan names: the serialised unit's, where it names one (none when it does not agree with a lot also named). */
    private Uni<Optional<String>> lot(LotScan scan) {
        if (scan.serial().isEmpty()) {
            return Uni.createFrom().item(scan.lot());
        }
        return serials.lotOf(scan.itemCode().orElseThrow(), scan.serial().get())
                .map(made -> made.filter(lot -> scan.lot().map(lot::equals).orElse(true)));
    }

    private Uni<Set<String>> staging(Optional<String> workCenter) {
        return workCenter.isEmpty() ? Uni.createFrom().item(Set.of())
                : layout.stagingBinsOf(workCenter.get()).map(bins -> bins.stream().map((Bin bin) -> bin.code).collect(Collectors.toSet()));
    }

    private static List<Line> lines(List<StockBalance> balances, Map<StockPlace, String> holds, Set<String> staging) {
        return balances.stream().sorted(ORDER)
                .map(balance -> new Line(balance, staging.contains(balance.bin), Optional.ofNullable(holds.get(balance.place()))))
                .toList();
    }

    private static List<String> issued(LotScan scan, Set<UUID> issued) {
        return scan.consumptionIds().entrySet().stream().filter(asked -> issued.contains(asked.getKey())).map(Map.Entry::getValue).toList();
    }
}
