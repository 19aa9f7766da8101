package io.forgeline.platform.paging;

import io.forgeline.platform.problem.InvalidField;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A list's query parameters read once, for every list: absent when blank, 400 naming the parameter when unreadable. */
public final class QueryValues {

    private QueryValues() {
    }

    /** One of an enum's names, in any case. */
    public static <E extends Enum<E>> Optional<E> oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 instant, e.g. {@code changedSince=2026-12-01T00:00:00Z}. */
    public static Optional<Instant> instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException unreadable) {
            throw new InvalidField(parameter, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
