package io.forgeline.quality.signature;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.actor.RealmSignIn;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Re-authenticates the signed-in person through Keycloak: a password grant for their own user name, made by this
 * service's confidential client (so only quality can ask it), must answer with a token for the same subject. The
 * Keycloak session that grant opens is closed again at once. Wrong passwords count towards Keycloak's brute-force
 * lock like any other sign-in. Call it before any transaction: it waits on Keycloak.
 */
@ApplicationScoped
public class Signatures {

    private final RealmSignIn keycloak;
    private final Clock clock;

    Signatures(RealmSignIn keycloak, Clock clock) {
        this.keycloak = keycloak;
        this.clock = clock;
    }

    /** The signer's signature once Keycloak has confirmed the password; a 422 naming {@code /signature/password} when it does not. */
    public Uni<Signature> sign(Actor signer, String password) {
        if (password == null || password.isEmpty()) {
            throw FieldErrors.invalid(List.of(new FieldError("/signature/password", "is required: sign with your password")));
        }
        return keycloak.password(signer.name(), password).flatMap(answer -> {
            boolean confirmed = answer.isPresent()
                    && signer.subject().equals(RealmSignIn.claims(answer.get().getString("access_token")).getString("sub"));
            if (!confirmed) {
                throw FieldErrors.refused(List.of(new FieldError("/signature/password",
                        "is not the password of " + signer.name() + ": sign with your own password")));
            }
            // the session that grant opened is closed again at once
            return keycloak.end(answer.get().getString("refresh_token"))
                    .replaceWith(new Signature(signer.subject(), signer.name(), clock.instant()));
        });
    }
}
