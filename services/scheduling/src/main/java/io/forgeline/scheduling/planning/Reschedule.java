package io.forgeline.scheduling.planning;

import java.util.Set;

/**
 * Rescheduling against a previous schedule at time {@code now}: the started operations keep their machine and
 * times (they are pinned, first on their machine), nothing else starts before {@code now}, and moving an
 * operation that the previous schedule started before {@code frozenUntil} costs stability (the minutes it
 * moves, plus its duration if it changes machine).
 */
public record Reschedule(Schedule previous, Set<String> startedOperations, long now, long frozenUntil) {
    public Reschedule {
        startedOperations = Set.copyOf(startedOperations);
    }
}
