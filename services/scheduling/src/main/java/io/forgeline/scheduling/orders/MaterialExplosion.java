package io.forgeline.scheduling.orders;

import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure rule: what an order of {@code quantity} parents needs, level by level through a multi-level BOM. A made
 * component is netted against its stock first: only what is missing of it is exploded further, so parts of a
 * sub-assembly already on the shelf are not asked for again. Requirements of the same item on several levels
 * are added up; the level is where it first appears.
 */
final class MaterialExplosion {

    /** Deeper than any real product; a guard against a cycle that slipped past master data validation. */
    private static final int MAX_DEPTH = 32;

    private MaterialExplosion() {
    }

    record Requirement(Item component, Quantity quantity, int level) {
    }

    /**
     * What one BOM line asks for {@code parents} of its parent: scrap included, rounded up to whole units for a
     * component counted in them, in the component's base unit.
     */
    static Quantity gross(BigDecimal parents, BomLine line, Item component) {
        BigDecimal gross = parents.multiply(line.quantityPer).multiply(BigDecimal.ONE.add(line.scrapFactor));
        if (component.isCountedInWholeUnits()) {
            gross = gross.setScale(0, RoundingMode.CEILING);
        }
        return new Quantity(gross, component.unit);
    }

    /** One level only: the direct components. */
    static List<Requirement> explode(BigDecimal quantity, List<BomLine> bom, Map<String, Item> components) {
        String root = bom.isEmpty() ? "" : bom.getFirst().key.parentCode();
        return explode(root, quantity, Map.of(root, bom), components, null);
    }

    /**
     * @param bomOf  BOM lines by parent item code, for every made item in the tree
     * @param onHand stock by item code, or null when the warehouse could not say (then nothing is netted)
     */
    static List<Requirement> explode(String root, BigDecimal quantity, Map<String, List<BomLine>> bomOf, Map<String, Item> items,
            Map<String, BigDecimal> onHand) {
        Map<String, Requirement> byItem = new LinkedHashMap<>();
        Map<String, BigDecimal> unallocated = onHand == null ? null : new HashMap<>(onHand);
        explode(root, quantity, 1, bomOf, items, unallocated, byItem, new ArrayList<>(List.of(root)));
        return List.copyOf(byItem.values());
    }

    private static void explode(String parent, BigDecimal quantity, int level, Map<String, List<BomLine>> bomOf, Map<String, Item> items,
            Map<String, BigDecimal> unallocated, Map<String, Requirement> byItem, List<String> path) {
        if (level > MAX_DEPTH) {
            throw new RuleViolation("itemCode", "the BOM below " + path.getFirst() + " is deeper than " + MAX_DEPTH + " levels: "
                    + String.join(" → ", path));
        }
        for (BomLine line : bomOf.getOrDefault(parent, List.of())) {
            Item component = items.get(line.componentCode());
            Quantity required = gross(quantity, line, component);
            byItem.merge(component.code, new Requirement(component, required, level),
                    (a, b) -> new Requirement(a.component(), new Quantity(a.quantity().amount().add(b.quantity().amount()), a.quantity().unit()),
                            Math.min(a.level(), b.level())));
            if (component.isBought() || !bomOf.containsKey(component.code)) {
                continue;
            }
            BigDecimal toMake = required.amount();
            if (unallocated != null) {
                BigDecimal shelf = unallocated.getOrDefault(component.code, BigDecimal.ZERO).max(BigDecimal.ZERO);
                BigDecimal taken = shelf.min(toMake);
                unallocated.put(component.code, shelf.subtract(taken));
                toMake = toMake.subtract(taken);
            }
            if (toMake.signum() > 0) {
                path.add(component.code);
                explode(component.code, toMake, level + 1, bomOf, items, unallocated, byItem, path);
                path.removeLast();
            }
        }
    }
}
