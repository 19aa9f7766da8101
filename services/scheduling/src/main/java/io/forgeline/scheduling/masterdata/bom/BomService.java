package io.forgeline.scheduling.masterdata.bom;

import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.ListFields;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.forgeline.scheduling.masterdata.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replaces an item's BOM as a whole after checking every component exists, no cycle appears and every operation a
 * component is assigned to is an operation of the item's routing.
 */
@ApplicationScoped
public class BomService {

    private final ItemMaster items;
    private final Validator validator;

    BomService(ItemMaster items, Validator validator) {
        this.items = items;
        this.validator = validator;
    }

    public Uni<List<BomLine>> bom(String code) {
        return Panache.withSession(() -> requireItem(code).flatMap(item -> items.bom(code)));
    }

    public Uni<List<BomLine>> replace(String code, List<BomComponent> components) {
        ListFields.check("components", components, validator);
        ListFields.unique("components", components, c -> c.componentCode().trim(), "componentCode");
        List<String> codes = components.stream().map(c -> c.componentCode().trim()).toList();
        return Panache.withTransaction(() -> serializeBomWrites()
                .chain(() -> requireItem(code))
                .chain(() -> codes.isEmpty() ? Uni.createFrom().item(Map.<String, Item>of()) : items.items(codes))
                .invoke(known -> {
                    for (int i = 0; i < codes.size(); i++) {
                        if (!known.containsKey(codes.get(i))) {
                            throw new RuleViolation("components[" + i + "].componentCode",
                                    "item " + codes.get(i) + " is not in the item master");
                        }
                    }
                })
                .chain(() -> structure())
                .invoke(structure -> BomCycles.find(code, codes, structure).ifPresent(cycle -> {
                    throw new RuleViolation("components[" + cycle.index() + "].componentCode",
                            codes.get(cycle.index()) + " would make " + code + " a part of itself: " + cycle.describe());
                }))
                .chain(() -> items.routing(code))
                .invoke(routing -> checkOperations(code, components, routing.stream().map(RoutingOperation::sequence).toList()))
                .chain(() -> BomLine.delete("key.parentCode", code))
                .chain(() -> persist(code, components))
                .chain(() -> items.bom(code)));
    }

    /** A component is consumed at an operation the item's routing has, or unassigned (at the first one). */
    private static void checkOperations(String code, List<BomComponent> components, List<Integer> sequences) {
        for (int i = 0; i < components.size(); i++) {
            Integer sequence = components.get(i).operationSequence();
            if (sequence == null || sequences.contains(sequence)) {
                continue;
            }
            String field = "components[" + i + "].operationSequence";
            if (sequences.isEmpty()) {
                throw new RuleViolation(field, code + " has no routing yet: add its operations before assigning components to them");
            }
            throw new RuleViolation(field, code + "'s routing has no operation " + sequence + ": it has "
                    + sequences.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static Uni<Void> persist(String parent, List<BomComponent> components) {
        List<BomLine> lines = new ArrayList<>();
        for (BomComponent component : components) {
            BomLine line = new BomLine();
            line.key = new BomLine.Key(parent, component.componentCode().trim());
            line.quantityPer = component.quantityPer();
            line.scrapFactor = component.scrapFactor() == null ? BigDecimal.ZERO : component.scrapFactor();
            line.operationSequence = component.operationSequence();
            lines.add(line);
        }
        return Rows.insert(lines);
    }

    /**
     * Two planners each adding one half of a cycle at the same moment would each see no cycle; writers of
     * BOMs take turns (readers, such as order release, are not held up). A routing writer holds the table in
     * share mode meanwhile ({@code RoutingService}), so the operations read here are the ones that stay.
     */
    private static Uni<Integer> serializeBomWrites() {
        return Panache.getSession().flatMap(session ->
                session.createNativeQuery("lock table bom_line in share row exclusive mode").executeUpdate());
    }

    private static Uni<Item> requireItem(String code) {
        return Item.<Item>findById(code).onItem().ifNull().failWith(() -> new NotFound("item", code));
    }

    private static Uni<Map<String, Set<String>>> structure() {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select b.key.parentCode, b.key.componentCode from BomLine b", Object[].class)
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toCollection(HashSet::new)))));
    }
}
