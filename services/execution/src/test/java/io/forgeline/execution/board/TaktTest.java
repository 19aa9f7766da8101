package io.forgeline.execution.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaktTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private static final BigDecimal FIFTY = new BigDecimal("50");
    /** 50 pieces at 4.5 minutes each. */
    private static final BigDecimal RUN = new BigDecimal("225");

    @Test
    void after_an_hour_at_four_and_a_half_minutes_a_piece_the_plan_expects_thirteen() {
        Takt takt = Takt.of(FIFTY, RUN, new BigDecimal("12"), START, START.plus(Duration.ofHours(1)));
        assertEquals(new BigDecimal("13"), takt.expected());
        assertTrue(takt.behind());
    }

    @Test
    void a_machine_ahead_of_plan_is_not_behind() {
        assertFalse(Takt.of(FIFTY, RUN, new BigDecimal("14"), START, START.plus(Duration.ofHours(1))).behind());
    }

    @Test
    void the_plan_never_expects_more_than_the_order_quantity() {
        assertEquals(FIFTY, Takt.of(FIFTY, RUN, FIFTY, START, START.plus(Duration.ofHours(9))).expected());
    }

    @Test
    void before_the_start_or_without_run_time_nothing_is_expected() {
        assertEquals(BigDecimal.ZERO, Takt.of(FIFTY, RUN, null, null, START).expected());
        assertEquals(BigDecimal.ZERO, Takt.of(FIFTY, BigDecimal.ZERO, null, START, START.plusSeconds(600)).expected());
        assertEquals(BigDecimal.ZERO, Takt.of(FIFTY, RUN, null, START, START).made());
    }
}
