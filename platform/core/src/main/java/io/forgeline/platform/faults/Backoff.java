package io.forgeline.platform.faults;

import java.time.Duration;

/**
 * Capped exponential back-off: the first retry soon, each next one twice as late, never later than the cap,
 * so a dependency that comes back after an hour is noticed within one cap's time.
 */
public record Backoff(Duration first, Duration cap) {

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** How long to wait before retry number {@code retry} (0 is the first retry). */
    public Duration delay(int retry) {
        long factor = retry >= 62 ? Long.MAX_VALUE : 1L << Math.max(0, retry);
        long millis = first.toMillis() > cap.toMillis() / factor ? cap.toMillis() : first.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }
}
