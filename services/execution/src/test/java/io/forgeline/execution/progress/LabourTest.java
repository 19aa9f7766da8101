package io.forgeline.execution.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.forgeline.execution.progress.Labour.OperatorTime;
import io.forgeline.execution.progress.Labour.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time per operator from work periods, without Quarkus. */
class LabourTest {

    private static final Instant T0 = Instant.parse("2030-01-01T06:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void each_operators_ended_periods_add_up_in_minutes_to_a_tenth() {
        List<OperatorTime> labour = Labour.of(List.of(
                new Span("li.na", at(0), at(750)),            // 12.5 min
                new Span("wang.wei", at(800), at(1_000)),     // 3.33 min
                new Span("li.na", at(1_000), at(1_090))),     // 1.5 min
                Optional.empty());

        assertEquals(List.of("li.na", "wang.wei"), labour.stream().map(OperatorTime::operator).toList());
        assertEquals(new BigDecimal("14"), labour.get(0).minutes());
        assertEquals(new BigDecimal("3.3"), labour.get(1).minutes());
        assertNull(labour.get(0).workingSince());
    }

    @Test
    void an_open_period_counts_nothing_yet_and_says_since_when() {
        List<OperatorTime> labour = Labour.of(List.of(new Span("li.na", at(0), at(750)), new Span("li.na", at(900), null)),
                Optional.empty());

        assertEquals(new BigDecimal("12.5"), labour.get(0).minutes());
        assertEquals(at(900), labour.get(0).workingSince());
    }

    @Test
    void a_period_left_open_by_the_orders_cancellation_ends_there() {
        List<OperatorTime> labour = Labour.of(List.of(new Span("li.na", at(0), null)), Optional.of(at(3_600)));

        assertEquals(new BigDecimal("60"), labour.get(0).minutes());
        assertNull(labour.get(0).workingSince());
    }

    @Test
    void no_period_no_labour() {
        assertEquals(List.of(), Labour.of(List.of(), Optional.empty()));
    }
}
