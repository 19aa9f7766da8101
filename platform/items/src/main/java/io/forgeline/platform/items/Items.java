package io.forgeline.platform.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.replica.VersionedRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The item master as the using service knows it: what scheduling published, never edited here. */
@ApplicationScoped
public class Items {

    /**
     * Runs inside the consumer's transaction; an older or equal version than the one held changes nothing.
     *
     * @return true when the row was written
     */
    public Uni<Boolean> apply(ItemChanged change) {
        return Uni.createFrom().item(() -> PublishedItem.of(change))
                .flatMap(item -> VersionedRow.of("item", "code", item.code(), item.version())
                        .set("description", item.description())
                        .set("unit", item.unit())
                        .set("make_or_buy", item.makeOrBuy())
                        .set("gtin", item.gtin())
                        .set("product_family", item.productFamily())
                        .set("supplier_code", item.supplierCode())
                        .set("changed_at", item.changedAt())
                        .set("purchase_units", item.purchaseUnits())
                        .set("serialised", item.serialised())
                        .applyIfNewer());
    }

    /** Empty while scheduling has not published the item (or this copy has not caught up yet). */
    public Uni<Optional<Item>> find(String code) {
        return Panache.withSession(() -> Item.<Item>findById(code)).map(Optional::ofNullable);
    }

    /** The items among {@code codes} this copy knows, by code; unknown codes are simply absent. */
    public Uni<Map<String, Item>> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> Item.<Item>list("code in ?1", codes))
                .map(items -> items.stream().collect(Collectors.toMap(item -> item.code, Function.identity())));
    }

    /** Descriptions of the items among {@code codes} this copy knows; an item without one is absent. */
    public Uni<Map<String, String>> descriptionsOf(Collection<String> codes) {
        return byCode(codes).map(items -> items.values().stream()
                .filter(item -> item.description != null)
                .collect(Collectors.toMap(item -> item.code, item -> item.description)));
    }

    /** Items whose GTIN is {@code gtin}, whether the master holds it with 8, 12, 13 or 14 digits. */
    public Uni<List<Item>> withGtin(Gtin gtin) {
        return Panache.withSession(() -> Item.<Item>list("gtin in ?1 order by code", gtin.spellings()));
    }
}
