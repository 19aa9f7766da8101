package io.forgeline.ident.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of an AI's data field, e.g. the 3-digit currency of AI 391n and the amount after it: its
 * character set, length range, whether it may be left out (only at the end), and its content checks.
 */
record Component(CharacterSet characters, int minLength, int maxLength, boolean optional, List<ContentCheck> checks) {

    boolean fixedLength() {
        return minLength == maxLength;
    }

    /** Reads "N6:date0", "X..20", "[X..17]", "N3:currency" as written in application-identifiers.txt. */
    static Component parse(String text) {
        boolean optional = text.startsWith("[");
        String body = optional ? text.substring(1).replace("]", "") : text;
        String[] parts = body.split(":");
        String spec = parts[0];
        CharacterSet set = CharacterSet.of(spec.charAt(0));
        int min;
        int max;
        if (spec.startsWith("..", 1)) {
            min = 1;
            max = Integer.parseInt(spec.substring(3));
        } else {
            min = max = Integer.parseInt(spec.substring(1));
        }
        List<ContentCheck> checks = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            checks.add(ContentCheck.named(parts[i]));
        }
        return new Component(set, min, max, optional, List.copyOf(checks));
    }
}
