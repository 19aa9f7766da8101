package io.forgeline.warehouse.handlingunits;

import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.labels.LogisticsLabel.Content;
import io.forgeline.labels.LogisticsLabel;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers handling units as they come in, and tells what one holds and where. */
@ApplicationScoped
public class HandlingUnits {

    private final StockLedger stock;
    private final Items items;
    private final String plant;

    HandlingUnits(StockLedger stock, Items items, @ConfigProperty(name = "forgeline.warehouse.plant", defaultValue = "1000") String plant) {
        this.stock = stock;
        this.items = items;
        this.plant = plant;
    }

    /** A unit received at the dock, inside the caller's transaction. */
    public Uni<HandlingUnit> received(Sscc sscc, UUID asnId, String supplierCode, Instant at, String by) {
        HandlingUnit unit = new HandlingUnit();
        unit.sscc = sscc.value();
        unit.asnId = asnId;
        unit.supplierCode = supplierCode;
        unit.receivedAt = at;
        unit.receivedBy = by;
        return unit.persist();
    }

    /** One of the plant's own units, packed here (for a shipment), inside the caller's transaction. */
    public Uni<HandlingUnit> packed(Sscc sscc, Instant at, String by) {
        HandlingUnit unit = new HandlingUnit();
        unit.sscc = sscc.value();
        // received_at/by of an own unit: when and by whom it came into being
        unit.receivedAt = at;
        unit.receivedBy = by;
        return unit.persist();
    }

    /** Puts the units on a pallet, inside the caller's transaction; 422 naming one that is on a pallet already. */
    public Uni<Void> onto(Sscc pallet, List<String> units, IntFunction<String> fieldOf) {
        return HandlingUnit.<HandlingUnit>list("sscc in ?1", units).invoke(found -> {
            for (int i = 0; i < units.size(); i++) {
                String sscc = units.get(i);
                HandlingUnit unit = found.stream().filter(u -> u.sscc.equals(sscc)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("handling unit " + sscc + " is unknown"));
                if (unit.parentSscc != null) {
                    throw new RuleViolation(fieldOf.apply(i), "handling unit " + sscc + " is on pallet " + unit.parentSscc + " already");
                }
                unit.parentSscc = pallet.value();
            }
        }).replaceWithVoid();
    }

    /** The pallet each of these units travels on, by unit; units on none are absent. */
    public Uni<Map<String, String>> palletsOf(Collection<String> units) {
        return units.isEmpty() ? Uni.createFrom().item(Map.of())
                : HandlingUnit.<HandlingUnit>list("sscc in ?1 and parentSscc is not null", units)
                        .map(found -> found.stream().collect(Collectors.toMap(unit -> unit.sscc, unit -> unit.parentSscc)));
    }

    /** The unit with what it holds now, by item and lot; 404 for an SSCC never received. */
    public Uni<Contents> contents(Sscc sscc) {
        return Panache.withSession(() -> HandlingUnit.<HandlingUnit>findById(sscc.value())
                .onItem().ifNull().failWith(() -> new NotFound("handling unit", sscc.value()))
                .flatMap(unit -> held(sscc).map(held -> new Contents(unit, held))));
    }

    /**
     * What a unit holds now, by item and lot; a pallet holds what the cartons on it hold. Nothing for an SSCC never
     * received. Inside the caller's session.
     */
    public Uni<List<StockBalance>> held(Sscc sscc) {
        return HandlingUnit.<HandlingUnit>list("parentSscc", sscc.value())
                .flatMap(onIt -> stock.onHandlingUnits(Stream.concat(Stream.of(sscc.value()), onIt.stream().map(u -> u.sscc)).toList()));
    }

    /** Its GS1-128 logistics label, with what it holds now. */
    public Uni<LogisticsLabel> label(Sscc sscc) {
        return contents(sscc).flatMap(contents -> items.byCode(contents.held().stream().map(b -> b.itemCode).distinct().toList())
                .map(known -> label(contents, known)));
    }

    private LogisticsLabel label(Contents contents, Map<String, Item> known) {
        List<Content> lines = contents.held().stream().map(balance -> {
            Item item = known.get(balance.itemCode);
            Gtin gtin = item == null || item.gtin == null ? null : Gtin.parse(item.gtin);
            return new Content(balance.itemCode, item == null ? null : item.description, gtin, balance.quantity, balance.unit, balance.lot,
                    balance.expiresOn);
        }).toList();
        HandlingUnit unit = contents.unit();
        return new LogisticsLabel(Sscc.parse(unit.sscc), unit.supplierCode == null ? "Plant " + plant : unit.supplierCode, "Plant " + plant,
                List.of(), lines);
    }

    /** A handling unit and the stock on it (empty once everything was taken off). */
    public record Contents(HandlingUnit unit, List<StockBalance> held) {
    }
}
