package io.forgeline.execution.epcis;

import io.forgeline.platform.problem.InvalidField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of events ended, in the order every page follows: event time, then the kind of event, then the key of
 * the row it comes from. The next page starts after it, so a page token stays good however long it is kept and whatever
 * was recorded meanwhile. Written as an opaque token.
 */
record Cursor(Instant time, int kind, String key) implements Comparable<Cursor> {

    static final String PARAMETER = "nextPageToken";

    String token() {
        String text = "1|" + time + "|" + kind + "|" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 400 naming nextPageToken for a token this service did not write. */
    static Cursor of(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length == 4 && parts[0].equals("1")) {
                return new Cursor(Instant.parse(parts[1]), Integer.parseInt(parts[2]), parts[3]);
            }
        } catch (IllegalArgumentException | DateTimeParseException unreadable) { // bad Base64 and bad numbers alike
            // refused below
        }
        throw new InvalidField(PARAMETER, "is not a page token of this query: ask again without it");
    }

    @Override
    public int compareTo(Cursor other) {
        int byTime = time.compareTo(other.time);
        if (byTime != 0) {
            return byTime;
        }
        return kind != other.kind ? Integer.compare(kind, other.kind) : key.compareTo(other.key);
    }
}
