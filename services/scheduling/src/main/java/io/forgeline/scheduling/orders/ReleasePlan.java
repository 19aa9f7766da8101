package io.forgeline.scheduling.orders;

import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a release needs from the master data: the item (made, not bought), its routing, its BOM tree and every
 * component. Checked before anything is asked of the warehouse or written.
 */
record ReleasePlan(ReleaseOrder command, Item item, List<RoutingOperation> routing, Map<String, List<BomLine>> bom,
                   Map<String, Item> components) {

    /** Deeper than {@link MaterialExplosion} goes: a deeper tree is reported by the explosion, naming the path. */
    private static final int BOM_LEVELS_READ = 33;

    /** Checks the request against the master data; runs inside the caller's session. */
    static Uni<ReleasePlan> prepare(ReleaseOrder command, ItemMaster items) {
        if (command.releaseAt() != null && command.dueDate().isBefore(command.releaseAt())) {
            throw new RuleViolation("dueDate", "the order is due (" + command.dueDate() + ") before it may start ("
                    + command.releaseAt() + ")");
        }
        String itemCode = command.itemCode().trim();
        return items.item(itemCode)
                .map(found -> found.orElseThrow(() -> new RuleViolation("itemCode",
                        "item " + itemCode + " is not in the item master")))
                .invoke(item -> {
                    if (item.isBought()) {
                        throw new RuleViolation("itemCode", "item " + itemCode + " is bought, not made: it needs a purchase order");
                    }
                    if (item.isCountedInWholeUnits() && command.quantity().stripTrailingZeros().scale() > 0) {
                        throw new RuleViolation("quantity", item.code + " is counted in whole " + item.unit);
                    }
                })
                .flatMap(item -> items.routing(item.code).flatMap(routing -> {
                    if (routing.isEmpty()) {
                        throw new RuleViolation("itemCode", "item " + itemCode + " has no routing yet: add its operations first");
                    }
                    return items.bomTree(item.code, BOM_LEVELS_READ).flatMap(tree -> items.items(componentCodes(tree))
                            .map(components -> new ReleasePlan(command, item, routing, tree, components)));
                }));
    }

    private static Set<String> componentCodes(Map<String, List<BomLine>> tree) {
        return tree.values().stream().flatMap(List::stream).map(BomLine::componentCode).collect(Collectors.toSet());
    }

    List<String> componentCodes() {
        return List.copyOf(components.keySet());
    }

    Item component(String code) {
        return components.get(code);
    }

    /**
     * What each operation consumes for the whole order, by sequence in routing order (every operation; an empty list
     * where it consumes nothing): the item's direct components assigned to it, the unassigned ones at the first
     * operation. Each as the explosion's first level computes it: stock nets only what is exploded further down.
     */
    Map<Integer, List<MaterialExplosion.Requirement>> consumption() {
        Map<Integer, List<MaterialExplosion.Requirement>> byOperation = new LinkedHashMap<>();
        routing.forEach(operation -> byOperation.put(operation.sequence(), new ArrayList<>()));
        int first = routing.stream().mapToInt(RoutingOperation::sequence).min().orElseThrow();
        for (BomLine line : bom.getOrDefault(item.code, List.of())) {
            Item component = components.get(line.componentCode());
            // master data keeps an assigned operation in the routing; were it gone, the component is still needed
            Integer at = line.operationSequence;
            byOperation.get(at != null && byOperation.containsKey(at) ? at : first).add(new MaterialExplosion.Requirement(
                    component, MaterialExplosion.gross(command.quantity(), line, component), 1));
        }
        return byOperation;
    }

    /** The material lines: netted against what the warehouse has; exploded in full when it could not say. */
    List<MaterialLine> materials(Optional<Map<String, Quantity>> available) {
        Map<String, BigDecimal> onHand = available.map(stock -> stock.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().amount()))).orElse(null);
        return MaterialExplosion.explode(item.code, command.quantity(), bom, components, onHand).stream()
                .map(r -> new MaterialLine(r.component().code, r.quantity(),
                        available.map(stock -> stock.getOrDefault(r.component().code, Quantity.zero(r.quantity().unit()))).orElse(null),
                        r.component().isBought(), r.level()))
                .toList();
    }
}
