package io.forgeline.platform.retention;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static Retention keeping(Duration appliedEvents, Duration idempotencyKeys, Duration topics) {
        return new Retention(null, Clock.systemUTC(), Duration.ofDays(7), appliedEvents, idempotencyKeys, topics);
    }

    @Test
    void applied_events_kept_no_longer_than_the_topics_refuse_to_start() {
        assertThatThrownBy(() -> keeping(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(7)).check(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forgeline.retention.applied-events");
    }

    @Test
    void idempotency_keys_kept_no_longer_than_the_topics_refuse_to_start() {
        assertThatThrownBy(() -> keeping(Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(7)).check(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forgeline.retention.idempotency-keys");
    }

    @Test
    void both_longer_than_the_topics_start() {
        assertThatCode(() -> keeping(Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(7)).check(null)).doesNotThrowAnyException();
    }
}
