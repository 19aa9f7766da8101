package io.forgeline.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Proxies (the ingress) whose X-Forwarded-For is believed, as addresses or CIDR ranges; none by default,
     * so a client cannot pick its own address by writing the header.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Paths open without a token: a terminal's sign-in by badge and PIN, which is how an operator gets a token in
     * the first place. Exact paths, POST only; they take from the address's bucket like every unverified request.
     */
    Optional<Set<String>> publicPaths();

    /**
     * How many verified tokens are remembered (until each expires), so they are not verified again. A few KB
     * each; 500 terminals refreshing 5-minute tokens keep about a thousand alive.
     */
    @WithDefault("5000")
    int verifiedTokens();

    interface Route {
        String prefix();

        String upstream();

        Set<String> readRoles();

        Set<String> writeRoles();
    }

    interface RateLimit {

        /** Per signed-in client (token subject). */
        Bucket perClient();

        /** Per client address, for every request without a token the gateway has already verified. */
        Bucket perAddress();
    }

    /** A bucket of {@code capacity} requests (the burst) refilled at {@code refill-per-second}. */
    interface Bucket {
        int capacity();

        double refillPerSecond();
    }
}
