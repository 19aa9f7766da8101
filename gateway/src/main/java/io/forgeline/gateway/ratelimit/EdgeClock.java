package io.forgeline.gateway.ratelimit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The edge's time: the system's UTC clock. Tests put a clock of their own in its place to move time by hand. */
@Singleton
class EdgeClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
