package io.forgeline.gateway.ratelimit;

import io.forgeline.gateway.routing.GatewayConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bucket per client. Per gateway replica: with N replicas a client gets up to N times the rate,
 * which is acceptable for protecting services from a runaway terminal or partner script.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double refillPerSecond;

    RateLimiter(GatewayConfig config) {
        this.capacity = config.rateLimit().capacity();
        this.refillPerSecond = config.rateLimit().refillPerSecond();
    }

    /** @return 0 if the client may go on, else seconds to wait (for Retry-After) */
    public long acquire(String client) {
        long now = System.nanoTime();
        return buckets.computeIfAbsent(client, c -> new TokenBucket(capacity, refillPerSecond, now)).take(now);
    }

    /** A full bucket is the same as no bucket: forget it, so idle clients cost no memory. */
    @Scheduled(every = "1m")
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }
}
