package io.forgeline.execution.oee;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An operation that ran on the machine: from its start until it was completed or cancelled ({@code endedAt} null while
 * it runs). Its planned run time per unit (ISO 22400-2 PRU) is {@code runMinutes / quantity}: the routing's run time is
 * for the whole order quantity.
 *
 * @param key the operation's identity (order id and sequence), matching {@link ReportedQuantity#operationKey()}
 */
public record RunningOperation(String key, Instant startedAt, Instant endedAt, BigDecimal runMinutes, BigDecimal quantity) {

    boolean runsAt(Instant instant) {
        return !startedAt.isAfter(instant) && (endedAt == null || !endedAt.isBefore(instant));
    }
}
