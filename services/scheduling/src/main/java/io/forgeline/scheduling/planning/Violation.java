package io.forgeline.scheduling.planning;

/** A rule a schedule breaks, with the operation it concerns ("order/operation") and what is wrong. */
public record Violation(Kind kind, String operation, String detail) {
    public enum Kind {
        MISSING, DUPLICATE, UNKNOWN, NOT_ELIGIBLE, WRONG_DURATION, PRECEDENCE, OVERLAP, CALENDAR, TOO_EARLY, SETUP
    }

    @Override
    public String toString() {
        return kind + " " + operation + ": " + detail;
    }
}
