package io.forgeline.execution.terminals;

import java.time.Instant;

/** A terminal as the page and the planners see it. */
public record TerminalView(String code, String name, String workCenterCode, String machineCode, Instant registeredAt,
                           String registeredBy) {

    static TerminalView of(Terminal t) {
        return new TerminalView(t.code, t.name, t.workCenterCode, t.machineCode, t.registeredAt, t.registeredBy);
    }
}
