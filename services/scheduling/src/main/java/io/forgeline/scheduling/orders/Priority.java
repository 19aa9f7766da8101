package io.forgeline.scheduling.orders;

/** A rush order's lateness weighs ten times a normal one's, and releasing it reschedules the published plan. */
public enum Priority {
    NORMAL, RUSH
}
