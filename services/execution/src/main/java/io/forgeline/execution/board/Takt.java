package io.forgeline.execution.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress against plan: how many good pieces a running operation should have made by now at its planned run time
 * per piece (the takt the routing gives it), against how many it has. No I/O: the board and its tests share it.
 *
 * @param expected pieces the plan expects by now (whole pieces, never more than the order's quantity)
 * @param made     good pieces reported so far
 */
public record Takt(BigDecimal expected, BigDecimal made, BigDecimal quantity) {

    /**
     * @param runMinutes the operation's run time for the whole quantity (the routing's per piece × quantity)
     * @param since      when it started; the time since includes its pauses, which is what the plan pays for
     */
    public static Takt of(BigDecimal quantity, BigDecimal runMinutes, BigDecimal made, Instant since, Instant now) {
        BigDecimal good = made == null ? BigDecimal.ZERO : made;
        if (since == null || quantity.signum() <= 0 || runMinutes.signum() <= 0 || now.isBefore(since)) {
            return new Takt(BigDecimal.ZERO, good, quantity);
        }
        BigDecimal minutes = BigDecimal.valueOf(Duration.between(since, now).toMillis()).divide(BigDecimal.valueOf(60_000), 6,
                RoundingMode.HALF_UP);
        BigDecimal expected = minutes.multiply(quantity).divide(runMinutes, 0, RoundingMode.FLOOR).min(quantity);
        return new Takt(expected, good, quantity);
    }

    /** Fewer good pieces than the plan expects by now. */
    public boolean behind() {
        return made.compareTo(expected) < 0;
    }
}
