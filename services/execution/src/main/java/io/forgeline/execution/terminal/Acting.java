package io.forgeline.execution.terminal;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.InvalidField;
import java.util.Optional;

/**
 * Who acts, and at which terminal: the actor from the token, the terminal from the {@value #HEADER} header. The
 * terminal is optional (a planner's desk or a script acts from none).
 */
public record Acting(Actor actor, Optional<String> terminal) {

    public static final String HEADER = "X-Forgeline-Terminal";

    /** The terminal's name trimmed, none when the header is missing or blank; 400 naming the header when too long. */
    public static Acting at(Actor actor, String terminalHeader) {
        String terminal = FieldChecks.blankIsNull(terminalHeader);
        if (terminal != null && terminal.length() > FieldChecks.CODE) {
            throw new InvalidField(HEADER, "must be at most " + FieldChecks.CODE + " characters");
        }
        return new Acting(actor, Optional.ofNullable(terminal));
    }

    /** The name the audit trail and the events keep. */
    public String name() {
        return actor.name();
    }

    /** For a nullable column. */
    public String terminalOrNull() {
        return terminal.orElse(null);
    }

    /** For an event field, where proto3 has no null. */
    public String terminalOrEmpty() {
        return terminal.orElse("");
    }
}
