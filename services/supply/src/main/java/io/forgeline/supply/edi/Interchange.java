package io.forgeline.supply.edi;

import java.util.List;

/**
 * A supplier's interchange as read: who sent it (UNB sender), its control reference (UNB 0020) and its messages,
 * each with every segment between UNH and UNT.
 */
record Interchange(String sender, String reference, List<Message> messages) {

    /** One message: its reference (UNH 0062), its type (ORDRSP, DESADV) and where it sits, e.g. {@code UNH 2 (DA0051)}. */
    record Message(String reference, String type, String position, List<Segment> segments) {

        Segment first(String tag) {
            return segments.stream().filter(s -> tag.equals(s.tag())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(tag + " is mandatory in the schema of " + type));
        }
    }
}
