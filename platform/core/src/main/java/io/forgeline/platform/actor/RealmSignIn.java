package io.forgeline.platform.actor;

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
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a person in at Keycloak by their password, through this service's own confidential client (a password
 * grant only it may make): quality confirms an engineer's signature this way, execution an operator's PIN at a
 * terminal. Wrong passwords count towards Keycloak's brute-force lock like any other sign-in. Refused answers are
 * empty; a Keycloak that does not answer is a 503, so a caller never mistakes an outage for a wrong password.
 */
@ApplicationScoped
public class RealmSignIn {

    private static final int TIMEOUT_MS = 10_000;

    private final WebClient http;
    private final String tokenEndpoint;
    private final String logoutEndpoint;
    private final String clientId;
    private final String secret;

    RealmSignIn(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "quarkus.oidc-client.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc-client.credentials.secret") String secret) {
        this.http = WebClient.create(vertx);
        this.tokenEndpoint = realm + "/protocol/openid-connect/token";
        this.logoutEndpoint = realm + "/protocol/openid-connect/logout";
        this.clientId = clientId;
        this.secret = secret;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Keycloak's token answer for this user name and password, or empty when Keycloak refuses them. */
    public Uni<Optional<JsonObject>> password(String username, String password) {
        return grant(form().add("grant_type", "password").add("username", username).add("password", password));
    }

    /** New tokens for a refresh token this client was given, or empty when its session has ended. */
    public Uni<Optional<JsonObject>> refresh(String refreshToken) {
        return grant(form().add("grant_type", "refresh_token").add("refresh_token", refreshToken));
    }

    /** Ends the session a refresh token belongs to. Best effort: a session left open ends with Keycloak's idle timeout anyway. */
    public Uni<Void> end(String refreshToken) {
        if (refreshToken == null || refreshToken.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return http.postAbs(logoutEndpoint).timeout(TIMEOUT_MS).sendForm(form().add("refresh_token", refreshToken))
                .replaceWithVoid().onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * The claims of an access token that came straight from Keycloak over this service's own connection: they need
     * no second check of the signature. Empty claims for anything that is not a JWT.
     */
    public static JsonObject claims(String accessToken) {
        String[] parts = accessToken == null ? new String[0] : accessToken.split("\\.");
        if (parts.length < 2) {
            return new JsonObject();
        }
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private MultiMap form() {
        return MultiMap.caseInsensitiveMultiMap().add("client_id", clientId).add("client_secret", secret);
    }

    private Uni<Optional<JsonObject>> grant(MultiMap form) {
        return http.postAbs(tokenEndpoint).timeout(TIMEOUT_MS).sendForm(form)
                .onFailure().transform(away -> new WebApplicationException(
                        "Keycloak is not answering right now: nobody can sign in; try again in a moment", away, 503))
                .map(RealmSignIn::tokens);
    }

    private static Optional<JsonObject> tokens(HttpResponse<?> answer) {
        if (answer.statusCode() >= 500) {
            throw new WebApplicationException("Keycloak could not sign anyone in (" + answer.statusCode() + "): try again in a moment", 503);
        }
        return answer.statusCode() == 200 ? Optional.of(answer.bodyAsJsonObject()) : Optional.empty();
    }
}
