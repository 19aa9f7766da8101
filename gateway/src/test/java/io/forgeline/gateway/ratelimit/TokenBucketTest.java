package io.forgeline.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_lets_a_burst_of_its_capacity_through_then_says_how_long_to_wait() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);

        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(2, bucket.take(0));
    }

    @Test
    void tokens_come_back_with_time_but_never_beyond_capacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);

        assertEquals(0, bucket.take(SECOND));
        assertTrue(bucket.isFullAt(100 * SECOND));
        assertEquals(0, bucket.take(100 * SECOND));
        assertEquals(0, bucket.take(100 * SECOND));
        assertEquals(1, bucket.take(100 * SECOND));
    }
}
