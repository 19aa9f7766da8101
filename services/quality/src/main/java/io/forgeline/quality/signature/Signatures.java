package io.forgeline.quality.signature;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-authenticates the signed-in person through Keycloak: a password grant for their own user name, made by this
 * service's confidential client (so only quality can ask it), must answer with a token for the same subject. The
 * Keycloak session that grant opens is closed again at once. Wrong passwords count towards Keycloak's brute-force
 * lock like any other sign-in. Call it before any transaction: it waits on Keycloak.
 */
@ApplicationScoped
public class Signatures {

    private final WebClient http;
    private final Clock clock;
    private final String tokenEndpoint;
    private final String logoutEndpoint;
    private final String clientId;
    private final String secret;

    Signatures(Vertx vertx, Clock clock, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "quarkus.oidc-client.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc-client.credentials.secret") String secret) {
        this.http = WebClient.create(vertx);
        this.clock = clock;
        this.tokenEndpoint = realm + "/protocol/openid-connect/token";
        this.logoutEndpoint = realm + "/protocol/openid-connect/logout";
        this.clientId = clientId;
        this.secret = secret;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** The signer's signature once Keycloak has confirmed the password; a 422 naming {@code /signature/password} when it does not. */
    public Uni<Signature> sign(Actor signer, String password) {
        if (password == null || password.isEmpty()) {
            throw FieldErrors.invalid(List.of(new FieldError("/signature/password", "is required: sign with your password")));
        }
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "password").add("client_id", clientId).add("client_secret", secret)
                .add("username", signer.name()).add("password", password);
        return http.postAbs(tokenEndpoint).timeout(10_000).sendForm(form)
                .onFailure().transform(away -> new WebApplicationException(
                        "Keycloak cannot confirm signatures right now: nothing was signed; try again in a moment", away, 503))
                .flatMap(answer -> {
                    if (answer.statusCode() != 200 || !signer.subject().equals(subjectOf(answer))) {
                        throw FieldErrors.refused(List.of(new FieldError("/signature/password",
                                "is not the password of " + signer.name() + ": sign with your own password")));
                    }
                    return endSession(answer).replaceWith(new Signature(signer.subject(), signer.name(), clock.instant()));
                });
    }

    private static String subjectOf(HttpResponse<?> answer) {
        String token = answer.bodyAsJsonObject().getString("access_token", "");
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        // the token came straight from Keycloak over this connection: its claims need no second check of the signature
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getString("sub", "");
    }

    /** Best effort: a session left open expires with Keycloak's idle timeout anyway. */
    private Uni<Void> endSession(HttpResponse<?> answer) {
        String refresh = answer.bodyAsJsonObject().getString("refresh_token");
        if (refresh == null) {
            return Uni.createFrom().voidItem();
        }
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("client_id", clientId).add("client_secret", secret).add("refresh_token", refresh);
        return http.postAbs(logoutEndpoint).timeout(10_000).sendForm(form).replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
