package io.forgeline.scheduling.masterdata;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the item master for other features. Callers bring the session (they run inside one). */
@ApplicationScoped
public class ItemMaster {

    public Uni<Optional<Item>> item(String code) {
        return Item.<Item>findById(code).map(Optional::ofNullable);
    }

    public Uni<Map<String, Item>> items(Collection<String> codes) {
        return Item.<Item>list("code in ?1", codes)
                .map(items -> items.stream().collect(Collectors.toMap(i -> i.code, Function.identity())));
    }

    public Uni<List<RoutingOperation>> routing(String itemCode) {
        return RoutingOperation.<RoutingOperation>list("key.itemCode = ?1 order by key.sequence", itemCode);
    }

    public Uni<List<BomLine>> bom(String parentCode) {
        return BomLine.<BomLine>list("key.parentCode = ?1 order by key.componentCode", parentCode);
    }
}
