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

    /**
     * The BOM lines of every item below {@code root} that has one, by parent, fetched level by level (one query
     * per level). Stops at {@code maxDepth} levels so a cycle cannot loop for ever.
     */
    public Uni<Map<String, List<BomLine>>> bomTree(String root, int maxDepth) {
        return bomLevel(List.of(root), new java.util.HashMap<>(), maxDepth);
    }

    private Uni<Map<String, List<BomLine>>> bomLevel(List<String> parents, Map<String, List<BomLine>> tree, int depthLeft) {
        if (parents.isEmpty() || depthLeft == 0) {
            return Uni.createFrom().item(tree);
        }
        return BomLine.<BomLine>list("key.parentCode in ?1 order by key.parentCode, key.componentCode", parents).flatMap(lines -> {
            List<String> next = new java.util.ArrayList<>();
            for (BomLine line : lines) {
                tree.computeIfAbsent(line.key.parentCode(), p -> new java.util.ArrayList<>()).add(line);
                if (!tree.containsKey(line.componentCode()) && !parents.contains(line.componentCode())) {
                    next.add(line.componentCode());
                }
            }
            return bomLevel(next.stream().distinct().toList(), tree, depthLeft - 1);
        });
    }

    public Uni<List<BomLine>> bom(String parentCode) {
        return BomLine.<BomLine>list("key.parentCode = ?1 order by key.componentCode", parentCode);
    }
}
