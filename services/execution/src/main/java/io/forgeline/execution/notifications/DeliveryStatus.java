package io.forgeline.execution.notifications;

/** PENDING until sent (SENT) or until the last try failed (FAILED). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
