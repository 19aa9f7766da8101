package io.forgeline.execution.terminals;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An operator at a terminal: the badge scanned, the PIN typed. */
public record SignIn(String terminalCode, String badge, String pin) {

    /** What badge labels and RFID readers give: letters, digits and a few separators, never spaces. */
    private static final Pattern BADGE = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final int PIN = 256;

    void check() {
        List<FieldError> errors = new ArrayList<>();
        required(terminalCode, CODE, "terminalCode", errors);
        required(badge, CODE, "badge", errors);
        required(pin, PIN, "pin", errors);
        if (badge != null && !badge.isBlank() && badge.trim().length() <= CODE && !BADGE.matcher(badge.trim()).matches()) {
            errors.add(new FieldError("badge", "is not a badge number: letters, digits, '.', ':', '-' and '_' only"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
    }
}
