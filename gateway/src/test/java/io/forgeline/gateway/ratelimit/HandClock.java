package io.forgeline.gateway.ratelimit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The edge's clock in tests: the system's time until a test stops it, then time moves only when the test
 * says so. A bucket then refills exactly as much as the test advanced, however fast the machine is.
 */
@Alternative
@Priority(1)
@Singleton
public class HandClock extends Clock {

    private volatile Instant stoppedAt;

    /** From now on time stands still until {@link #advance} or {@link #release}. */
    public void stop() {
        stoppedAt = Instant.now();
    }

    public void advance(Duration duration) {
        if (stoppedAt == null) {
            throw new IllegalStateException("stop the clock before moving it");
        }
        stoppedAt = stoppedAt.plus(duration);
    }

    /**
     * Back to the system's time. Buckets a test moved ahead of it refill nothing until the system's time
     * catches up (a bucket never refills for time going backwards).
     */
    public void release() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the edge keeps UTC");
    }
}
