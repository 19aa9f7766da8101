package io.forgeline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

public class Clocks {

    /**
     * UTC wall clock in whole microseconds, PostgreSQL's precision: an instant a service answers with is the
     * instant it reads back, so an answer given from the database later (a replayed Idempotency-Key, a GET)
     * equals the first. A test may replace it with a fixed or offset clock.
     */
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock utc() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
