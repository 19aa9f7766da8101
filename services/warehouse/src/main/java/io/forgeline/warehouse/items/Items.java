package io.forgeline.warehouse.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.replica.VersionedRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The item master as this service knows it: what scheduling published, never edited here. */
@ApplicationScoped
public class Items {

    /** Runs inside the consumer's transaction; an older or equal version than the one held changes nothing. */
    public Uni<Boolean> apply(ItemChanged item) {
        if (item.getCode().isBlank()) {
            return Uni.createFrom().failure(new PoisonEvent("item change v" + item.getVersion() + " names no item code"));
        }
        Instant changedAt;
        try {
            changedAt = Instant.parse(item.getChangedAt());
        } catch (DateTimeParseException unreadable) {
            return Uni.createFrom().failure(new PoisonEvent("item change v" + item.getVersion() + " of " + item.getCode()
                    + " has no readable changed_at: '" + item.getChangedAt() + "'", unreadable));
        }
        return VersionedRow.of("item", "code", item.getCode(), item.getVersion())
                .set("description", orNull(item.getDescription()))
                .set("unit", orNull(item.getUnit()))
                .set("make_or_buy", orNull(item.getMakeOrBuy()))
                .set("gtin", orNull(item.getGtin()))
                .set("product_family", orNull(item.getProductFamily()))
                .set("supplier_code", orNull(item.getSupplierCode()))
                .set("changed_at", changedAt)
                .applyIfNewer();
    }

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

    /** Items whose GTIN is the scanned one, however many leading zeros either side carries. */
    public Uni<List<Item>> withGtin(String scanned) {
        return Panache.withSession(() -> Item.<Item>list("gtin in ?1 order by code", Gtin.spellings(scanned)));
    }

    private static String orNull(String value) {
        return value.isBlank() ? null : value;
    }
}
