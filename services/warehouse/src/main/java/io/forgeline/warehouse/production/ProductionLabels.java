package io.forgeline.warehouse.production;

import io.forgeline.ident.key.Gtin;
import io.forgeline.labels.LotLabel;
import io.forgeline.labels.UnitLabel;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The labels of what an order produced, as warehouse received it: each finished lot's label and, for a serialised item,
 * one label per unit (lowest serial first). The item's description and GTIN come from the item master copy.
 */
@ApplicationScoped
public class ProductionLabels {

    private final Items items;

    ProductionLabels(Items items) {
        this.items = items;
    }

    /** The labels to print, lots first; 404 while warehouse has received no output of the order. */
    public record Printed(List<LotLabel> lots, List<UnitLabel> units) {
    }

    public Uni<Printed> of(String orderNumber) {
        return Panache.withSession(() -> ProductionReceipt.<ProductionReceipt>list("orderNumber = ?1 order by receivedAt, id", orderNumber)
                .flatMap(receipts -> {
                    if (receipts.isEmpty()) {
                        throw new NotFound("production output", "of order " + orderNumber + " in warehouse");
                    }
                    List<String> codes = receipts.stream().map(r -> r.itemCode).distinct().toList();
                    return items.byCode(codes).flatMap(known -> SerialNumber.<SerialNumber>list(
                                    "orderNumber = ?1 and key.itemCode in ?2 order by key.itemCode, lot, length(key.serial), key.serial",
                                    orderNumber, codes)
                            .map(serials -> printed(receipts, known, serials)));
                }));
    }

    private static Printed printed(List<ProductionReceipt> receipts, Map<String, Item> known, List<SerialNumber> serials) {
        List<LotLabel> lots = new ArrayList<>();
        List<UnitLabel> units = new ArrayList<>();
        Map<String, List<SerialNumber>> byLot = serials.stream().collect(Collectors.groupingBy(unit -> unit.key.itemCode() + "/" + unit.lot));
        for (ProductionReceipt receipt : receipts) {
            Optional<Item> item = Optional.ofNullable(known.get(receipt.itemCode));
            String description = item.map(i -> i.description).orElse(null);
            Gtin gtin = item.flatMap(Item::tradeItemNumber).orElse(null);
            lots.add(new LotLabel(receipt.itemCode, description, gtin, receipt.lot, receipt.quantity, receipt.unit, receipt.expiresOn,
                    receipt.orderNumber));
            if (gtin != null) {
                byLot.getOrDefault(receipt.itemCode + "/" + receipt.lot, List.of()).stream()
                        .sorted(Comparator.comparing((SerialNumber unit) -> unit.key.serial().length()).thenComparing(unit -> unit.key.serial()))
                        .forEach(unit -> units.add(new UnitLabel(receipt.itemCode, description, gtin, unit.key.serial(), unit.lot)));
            }
        }
        return new Printed(lots, units);
    }
}
