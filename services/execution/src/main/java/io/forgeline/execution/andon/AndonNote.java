package io.forgeline.execution.andon;

import static io.forgeline.platform.problem.FieldChecks.NOTE;

import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** {@code {"note"}}: what the acknowledger says (optional) or how it was resolved (required). */
public record AndonNote(String note) {

    /** The note trimmed; 400 naming {@code /note} when it is required and missing, or too long. */
    static String of(AndonNote body, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        String value = body == null ? null : body.note();
        String checked = required ? FieldChecks.required(value, NOTE, "/note", errors) : FieldChecks.atMost(value, NOTE, "/note", errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return checked;
    }
}
