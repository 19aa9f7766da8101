package io.forgeline.supply.edi;

import java.util.Map;

/**
 * One segment as read, with the position a refusal names, e.g. {@code UNH 1 (DA0051) / SG10 CPS 2 / SG15 LIN 1 / QTY
 * (segment 19)}. Elements and components are 1-based as EDI people count them; a simple element is component 1.
 */
record Segment(String tag, String position, Map<Integer, Map<Integer, String>> elements) {

    /** The value at {@code element}, {@code component} (0 or 1 for a simple element); "" when absent. */
    String value(int element, int component) {
        return elements.getOrDefault(element, Map.of()).getOrDefault(Math.max(component, 1), "");
    }

    String value(int element) {
        return value(element, 1);
    }

    boolean is(String tag, String qualifier) {
        return this.tag.equals(tag) && qualifier.equals(value(1, 1));
    }

    /** The position of one element (component 0: a simple element). */
    String at(int element, int component) {
        return position + " / element " + element + (component > 0 ? " component " + component : "");
    }
}
