package io.forgeline.execution.reasons;

import static io.forgeline.platform.problem.FieldChecks.NAME;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.Problem.FieldError;
import java.util.List;

/** A reason code's names in English and Simplified Chinese, and whether terminals offer it ({@code active}, default true). */
public record DefineReasonCode(String name, String nameZh, Boolean active) {

    /** The request with its fields checked; each wrong one is added to {@code errors}. */
    Checked checked(List<FieldError> errors) {
        return new Checked(required(name, NAME, "name", errors), required(nameZh, NAME, "nameZh", errors), active == null || active);
    }

    record Checked(String name, String nameZh, boolean active) {
    }
}
