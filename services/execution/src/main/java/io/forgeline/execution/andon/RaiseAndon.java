package io.forgeline.execution.andon;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NOTE;

import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.Problem.FieldError;
import java.util.List;

/** {@code {"kind":"MATERIAL"|"QUALITY"|"MAINTENANCE"|"HELP","workCenterCode","machineCode"?,"note"?}}. */
public record RaiseAndon(String kind, String workCenterCode, String machineCode, String note) {

    Checked checked(List<FieldError> errors) {
        AndonKind andonKind = FieldChecks.oneOf(AndonKind.class, kind, "/kind", errors);
        return new Checked(andonKind, FieldChecks.required(workCenterCode, CODE, "/workCenterCode", errors),
                FieldChecks.atMost(FieldChecks.blankIsNull(machineCode), CODE, "/machineCode", errors),
                FieldChecks.atMost(FieldChecks.blankIsNull(note), NOTE, "/note", errors));
    }

    record Checked(AndonKind kind, String workCenterCode, String machineCode, String note) {

        /** Canonical form for Idempotency-Key checks. */
        String fingerprint() {
            return kind + "|" + workCenterCode + "|" + machineCode + "|" + note;
        }
    }
}
