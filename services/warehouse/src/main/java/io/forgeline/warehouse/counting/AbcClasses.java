package io.forgeline.warehouse.counting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure rule: ABC classes by how often an item moves. The items that together make the first 80 % of all movements
 * are A, the next 15 % B, the rest C; A items are counted most often. Ties in frequency go by item code, so the
 * classes are the same however the counts arrive.
 */
public final class AbcClasses {

    private AbcClasses() {
    }

    public static Map<String, String> classify(Map<String, Long> movementsPerItem) {
        long total = movementsPerItem.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> ranked = movementsPerItem.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, String> classes = new HashMap<>();
        long before = 0;
        for (Map.Entry<String, Long> item : ranked) {
            // an item's class is decided by where its share starts: the item that crosses 80 % is still A
            double start = total == 0 ? 1 : (double) before / total;
            classes.put(item.getKey(), start < 0.80 ? "A" : start < 0.95 ? "B" : "C");
            before += item.getValue();
        }
        return classes;
    }
}
