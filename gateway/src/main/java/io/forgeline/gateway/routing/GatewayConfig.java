package io.forgeline.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

@ConfigMapping(prefix = "forgeline.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    /** How long an upstream may take before the caller gets a 504. */
    @WithDefault("15S")
    Duration upstreamTimeout();

    /** How long an event stream (a solve's progress) may stay quiet before the gateway closes it. */
    @WithDefault("6M")
    Duration streamIdleTimeout();

    RateLimit rateLimit();

    interface Route {
        String prefix();

        String upstream();

        Set<String> readRoles();

        Set<String> writeRoles();
    }

    interface RateLimit {
        int capacity();

        double refillPerSecond();
    }
}
