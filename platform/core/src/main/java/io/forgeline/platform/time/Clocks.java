package io.forgeline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

public class Clocks {

    /** UTC wall clock; a test may replace it with a fixed or offset clock. */
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }
}
