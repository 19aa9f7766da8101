package io.forgeline.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(15));

    @Test
    void each_retry_waits_twice_as_long_as_the_one_before() {
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofMillis(3200));
    }

    @Test
    void no_wait_is_longer_than_the_cap_however_long_the_outage() {
        assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(15));
        assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void a_cap_below_the_first_wait_is_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
