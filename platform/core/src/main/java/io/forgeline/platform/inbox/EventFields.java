package io.forgeline.platform.inbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads an event's text fields as what the contract says they are. A field that does not read makes the event
 * poison (parked, never retried): no later delivery of the same bytes would read better.
 */
public final class EventFields {

    private EventFields() {
    }

    public static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException unreadable) {
            throw new PoisonEvent(field + " '" + text + "' is not a UUID", unreadable);
        }
    }

    public static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw new PoisonEvent(field + " '" + text + "' is not an ISO-8601 instant", unreadable);
        }
    }

    public static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException unreadable) {
            throw new PoisonEvent(field + " '" + text + "' is not a decimal number", unreadable);
        }
    }
}
