package io.forgeline.scheduling.planning;

import java.util.List;

/**
 * A production order as the scheduler sees it: its operations in routing sequence (each waits for the one
 * before), the release time before which nothing may start, the due time and a weight for tardiness.
 * Times are minutes from the plan's start; {@link Long#MAX_VALUE} as due time means "no due date".
 */
public record Order(String number, long releaseAt, long dueAt, long weight, List<Operation> operations) {
    public Order {
        operations = List.copyOf(operations);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("production order " + number + " has no operations");
        }
        if (dueAt < releaseAt) {
            throw new IllegalArgumentException("production order " + number + " is due before its release");
        }
    }

    public static Order of(String number, List<Operation> operations) {
        return new Order(number, 0, Long.MAX_VALUE, 1, operations);
    }
}
