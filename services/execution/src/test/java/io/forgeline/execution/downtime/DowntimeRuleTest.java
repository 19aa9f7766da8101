package io.forgeline.execution.downtime;

import static io.forgeline.execution.signals.MachineRunState.DOWN;
import static io.forgeline.execution.signals.MachineRunState.IDLE;
import static io.forgeline.execution.signals.MachineRunState.RUNNING;
import static io.forgeline.execution.signals.MachineRunState.SETUP;
import static io.forgeline.execution.signals.MachineRunState.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.execution.downtime.Downtime.Step;
import io.forgeline.execution.downtime.DowntimePareto.Bucket;
import io.forgeline.execution.downtime.DowntimePareto.By;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DowntimeRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Downtime downtime(int from, Integer to, String stop, String reason) {
        Downtime d = Downtime.open("M-1", "WC-1", at(from), stop);
        if (to != null) {
            d.end(at(to));
        }
        if (reason != null) {
            d.classify(reason, "operator", at(100));
        }
        return d;
    }

    @Test
    void down_opens_a_downtime_unless_one_is_open() {
        assertEquals(Step.OPEN, Downtime.after(false, DOWN));
        assertEquals(Step.NOTHING, Downtime.after(true, DOWN));
    }

    @Test
    void a_known_state_other_than_down_ends_the_open_downtime() {
        for (var state : List.of(RUNNING, IDLE, SETUP)) {
            assertEquals(Step.END, Downtime.after(true, state));
            assertEquals(Step.NOTHING, Downtime.after(false, state));
        }
    }

    @Test
    void silence_neither_opens_nor_ends_a_downtime() {
        assertEquals(Step.NOTHING, Downtime.after(true, UNKNOWN));
        assertEquals(Step.NOTHING, Downtime.after(false, UNKNOWN));
    }

    @Test
    void a_downtime_counts_only_inside_the_window_and_an_open_one_until_now() {
        assertEquals(Duration.ofMinutes(10), downtime(-5, 10, null, null).within(at(0), at(60), at(100)));
        assertEquals(Duration.ofMinutes(10), downtime(50, null, null, null).within(at(0), at(60), at(80)));
        assertEquals(Duration.ofMinutes(5), downtime(50, null, null, null).within(at(0), at(60), at(55)));
    }

    @Test
    void the_pareto_buckets_by_reason_then_stop_code_then_unclassified_largest_first() {
        List<Downtime> downtimes = List.of(
                downtime(0, 10, "E17", "NO_MATERIAL"),
                downtime(12, 14, null, "NO_MATERIAL"),
                downtime(20, 45, "E17", null),
                downtime(50, 53, null, null),
                downtime(55, 56, null, null));

        assertEquals(List.of(new Bucket(By.STOP_CODE, "E17", new BigDecimal("25.0"), 1),
                new Bucket(By.REASON, "NO_MATERIAL", new BigDecimal("12.0"), 2),
                new Bucket(By.UNCLASSIFIED, null, new BigDecimal("4.0"), 2)), DowntimePareto.of(downtimes, at(0), at(60), at(60)));
    }
}
