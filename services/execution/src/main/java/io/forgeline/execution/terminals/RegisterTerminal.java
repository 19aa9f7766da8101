package io.forgeline.execution.terminals;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NAME;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a terminal stands: its display name, the work center and, when it serves one machine, that machine. */
public record RegisterTerminal(String name, String workCenterCode, String machineCode) {

    /** Refuses (400) a missing or overlong field, naming it. */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        required(name, NAME, "name", errors);
        required(workCenterCode, CODE, "workCenterCode", errors);
        atMost(machineCode, CODE, "machineCode", errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
    }

    Optional<String> machine() {
        return Optional.ofNullable(machineCode).map(String::trim).filter(code -> !code.isEmpty());
    }
}
