package io.forgeline.supply.purchasing;

/**
 * A purchase order line: OPEN until the supplier answers; CONFIRMED when it commits to the line as ordered (or a
 * buyer accepted its counter-proposal); COUNTER_PROPOSED while a buyer has to decide on another quantity, date or
 * split; CANCELLED by the buyer or with the order.
 */
public enum LineStatus {
    OPEN, COUNTER_PROPOSED, CONFIRMED, CANCELLED
}
