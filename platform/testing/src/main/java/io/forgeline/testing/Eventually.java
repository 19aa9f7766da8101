package io.forgeline.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for an asynchronous effect (an event consumed, a record published) without fixed sleeps. */
public final class Eventually {

    /**
     * How long a test waits for a service to apply an event. Right after a service starts its consumers are still
     * joining their group, and on a loaded 2-core CI machine that alone took over 20 s; waiting returns as soon as
     * the effect shows, so a generous limit costs nothing when all is well.
     */
    public static final Duration EVENT_APPLIED = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** Polls every 200 ms; fails with {@code what} when {@code limit} passes first. */
    public static void within(Duration limit, BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
