package io.forgeline.execution.terminals;

import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** A terminal session's refresh token: to stay signed in, or to sign out (badge-out, idle timeout). */
public record RefreshSession(String refreshToken) {

    /** Keycloak's refresh tokens are JWTs of about a kilobyte; far more is not one. */
    private static final int TOKEN = 16_384;

    void check() {
        List<FieldError> errors = new ArrayList<>();
        required(refreshToken, TOKEN, "refreshToken", errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
    }
}
