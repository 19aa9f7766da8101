package io.forgeline.execution.andon;

import io.forgeline.execution.notifications.Notifications;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is called when an andon stays unacknowledged: rungs of (age, realm role) in rising age, written
 * {@code PT5M:planner,PT15M:admin}. Pure rule, no I/O. An andon has passed rung n (level n) once it is at least as old
 * as rung n's age; each rung is passed once, in order.
 */
public record EscalationLadder(List<Rung> rungs) {

    public record Rung(Duration after, String role) {
    }

    public EscalationLadder {
        rungs = List.copyOf(rungs);
    }

    /** Parses the configured ladder; an empty text is a ladder that never escalates. */
    public static EscalationLadder parse(String text) {
        List<Rung> rungs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new EscalationLadder(rungs);
        }
        for (String part : text.split(",")) {
            String[] pair = part.trim().split(":", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("andon escalation rung '" + part.trim() + "' is not <ISO-8601 duration>:<role>, e.g. PT5M:planner");
            }
            Duration after;
            try {
                after = Duration.parse(pair[0].trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("andon escalation rung '" + part.trim() + "': " + pair[0].trim() + " is not an ISO-8601 duration such as PT5M");
            }
            String role = pair[1].trim();
            if (!Notifications.REALM_ROLES.contains(role)) {
                throw new IllegalArgumentException("andon escalation rung '" + part.trim() + "': " + role
                        + " is not a role of the realm " + new java.util.TreeSet<>(Notifications.REALM_ROLES) + " (a supervisor is a planner, a manager an admin)");
            }
            if (after.isNegative() || after.isZero()) {
                throw new IllegalArgumentException("andon escalation rung '" + part.trim() + "' must wait more than zero");
            }
            if (!rungs.isEmpty() && !after.minus(rungs.getLast().after()).isPositive()) {
                throw new IllegalArgumentException("andon escalation rungs must wait ever longer: " + part.trim()
                        + " does not come after " + rungs.getLast().after());
            }
            rungs.add(new Rung(after, role));
        }
        return new EscalationLadder(rungs);
    }

    /** How many rungs an unacknowledged andon of this age has passed. */
    public int levelDue(Duration age) {
        int level = 0;
        while (level < rungs.size() && age.compareTo(rungs.get(level).after()) >= 0) {
            level++;
        }
        return level;
    }

    /** The rung that takes an andon from {@code level - 1} to {@code level} (1-based). */
    public Rung rung(int level) {
        return rungs.get(level - 1);
    }

    /** Who hears of an andon as soon as it is raised: the first rung's role; none when the ladder is empty. */
    public Optional<String> firstRole() {
        return rungs.isEmpty() ? Optional.empty() : Optional.of(rungs.getFirst().role());
    }

    /** The youngest age at which an andon escalates at all; none when the ladder is empty. */
    public Optional<Duration> firstAfter() {
        return rungs.isEmpty() ? Optional.empty() : Optional.of(rungs.getFirst().after());
    }
}
