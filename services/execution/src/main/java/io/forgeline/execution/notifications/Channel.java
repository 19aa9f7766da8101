package io.forgeline.execution.notifications;

/** How a notification travels. */
public enum Channel {
    EMAIL, WEBHOOK
}
