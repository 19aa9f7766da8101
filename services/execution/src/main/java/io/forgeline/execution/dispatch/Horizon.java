package io.forgeline.execution.dispatch;

import io.forgeline.platform.problem.InvalidField;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How far ahead a dispatch list looks, as an ISO-8601 duration (PT8H); none means all open work. */
public final class Horizon {

    public static final String FIELD = "horizon";

    private Horizon() {
    }

    /** @throws InvalidField naming {@value #FIELD} when the text is not a positive duration */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Duration horizon;
        try {
            horizon = Duration.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidField(FIELD, "'" + text + "' is not an ISO-8601 duration such as PT8H");
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new InvalidField(FIELD, "must be longer than zero, e.g. PT8H");
        }
        return Optional.of(horizon);
    }
}
