package io.forgeline.scheduling.masterdata.bom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure rule: would giving {@code parent} these components make it part of itself at some level? A cycle
 * would make the BOM explosion of every order for it run for ever, so it must never be stored.
 */
public final class BomCycles {

    private BomCycles() {
    }

    /** The first component (in list order) whose structure leads back to the parent, with the path it takes. */
    public record Cycle(int index, List<String> path) {

        /** "GEARBOX-A → SHAFT-01 → GEARBOX-A" */
        public String describe() {
            return String.join(" → ", path);
        }
    }

    /**
     * @param structure every stored parent → its components; the parent's own current entry is ignored,
     *                  since the new list replaces it
     */
    public static Optional<Cycle> find(String parent, List<String> components, Map<String, ? extends Collection<String>> structure) {
        for (int i = 0; i < components.size(); i++) {
            Optional<List<String>> back = pathBack(components.get(i), parent, structure);
            if (back.isPresent()) {
                List<String> path = new ArrayList<>();
                path.add(parent);
                path.addAll(back.get());
                return Optional.of(new Cycle(i, path));
            }
        }
        return Optional.empty();
    }

    /** Breadth first, so the path shown is the shortest one: the easiest to understand and to fix. */
    private static Optional<List<String>> pathBack(String from, String parent, Map<String, ? extends Collection<String>> structure) {
        Map<String, String> reachedFrom = new HashMap<>();
        reachedFrom.put(from, null);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            String item = queue.poll();
            if (item.equals(parent)) {
                List<String> path = new ArrayList<>();
                for (String step = item; step != null; step = reachedFrom.get(step)) {
                    path.add(step);
                }
                Collections.reverse(path);
                return Optional.of(path);
            }
            Collection<String> components = structure.get(item);
            for (String component : components == null ? List.<String>of() : components) {
                if (!reachedFrom.containsKey(component)) {
                    reachedFrom.put(component, item);
                    queue.add(component);
                }
            }
        }
        return Optional.empty();
    }
}
