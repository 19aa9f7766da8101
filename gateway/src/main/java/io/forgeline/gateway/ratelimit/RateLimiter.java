package io.forgeline.gateway.ratelimit;

import io.forgeline.gateway.routing.GatewayConfig;
import io.forgeline.gateway.routing.GatewayConfig.Bucket;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two families of buckets: one per signed-in client (the token's subject) and one per client address for
 * everything the gateway has not verified a token for (no token, a forged one, one it has not seen yet).
 * Per gateway replica: with N replicas a client gets up to N times the rate, which is acceptable for
 * protecting services from a runaway terminal, a partner script or a flood of made-up tokens.
 * Time comes from the injected clock, so tests move it by hand instead of racing it.
 */
@ApplicationScoped
public class RateLimiter {

    private final Family clients;
    private final Family addresses;
    private final Clock clock;

    RateLimiter(GatewayConfig config, Clock clock) {
        this.clients = new Family(config.rateLimit().perClient());
        this.addresses = new Family(config.rateLimit().perAddress());
        this.clock = clock;
    }

    /** @return 0 if the signed-in client may go on, else seconds to wait (for Retry-After) */
    public long acquireForClient(String subject) {
        return clients.take(subject, now());
    }

    /** @return 0 if a request without a verified token may go on from this address, else seconds to wait */
    public long acquireForAddress(String address) {
        return addresses.take(ClientAddresses.bucketOf(address), now());
    }

    /** A full bucket is the same as no bucket: forget it, so idle clients cost no memory. */
    @Scheduled(every = "1m")
    void forgetIdleClients() {
        long now = now();
        clients.forgetFull(now);
        addresses.forgetFull(now);
    }

    private long now() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Family {

        private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
        private final int capacity;
        private final double refillPerSecond;

        Family(Bucket config) {
            this.capacity = config.capacity();
            this.refillPerSecond = config.refillPerSecond();
        }

        long take(String key, long now) {
            return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerSecond, now)).take(now);
        }

        void forgetFull(long now) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }
}
