package io.forgeline.gateway.ratelimit;

/** Pure rule: a bucket that refills continuously; time is passed in, so tests need no sleeping. */
final class TokenBucket {

    private final int capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastRefill = now;
    }

    /** @return 0 if the request may pass, else the seconds until one token is back */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerNano / 1_000_000_000d));
    }

    synchronized boolean isFullAt(long now) {
        return tokens + Math.max(0, now - lastRefill) * refillPerNano >= capacity;
    }

    /** A wall clock may step back (NTP): time that went backwards refills nothing instead of draining. */
    private void refill(long now) {
        if (now > lastRefill) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * refillPerNano);
            lastRefill = now;
        }
    }
}
