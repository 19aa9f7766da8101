package io.forgeline.execution.terminals;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a badge belongs to: the realm keeps each operator's badge number as the user attribute {@code badge}, and
 * this service's account may read users (realm-management view-users). The badge is looked up, never trusted as a
 * password: it only names whose PIN to check.
 */
@ApplicationScoped
public class Badges {

    static final String ATTRIBUTE = "badge";

    private final WebClient http;
    private final OidcClient keycloak;
    private final TokensHelper tokens = new TokensHelper();
    private final String usersEndpoint;

    Badges(Vertx vertx, OidcClient keycloak, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.http = WebClient.create(vertx);
        this.keycloak = keycloak;
        this.usersEndpoint = realm.replaceFirst("/realms/", "/admin/realms/") + "/users";
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /**
     * The user name of the one enabled user who carries this badge; empty when nobody does, or when two people
     * carry the same number (an administrator's mistake that must not sign either of them in as the other).
     */
    public Uni<Optional<String>> holder(String badge) {
        return tokens.getTokens(keycloak)
                .flatMap(token -> http.getAbs(usersEndpoint)
                        .addQueryParam("q", ATTRIBUTE + ":" + badge)
                        .addQueryParam("exact", "true")
                        .addQueryParam("briefRepresentation", "false")
                        .addQueryParam("max", "3")
                        .bearerTokenAuthentication(token.getAccessToken())
                        .timeout(10_000)
                        .send())
                .onFailure().transform(away -> new WebApplicationException(
                        "Keycloak is not answering right now: nobody can sign in; try again in a moment", away, 503))
                .map(answer -> {
                    if (answer.statusCode() != 200) {
                        throw new WebApplicationException("Keycloak refused to look the badge up (" + answer.statusCode()
                                + "): the execution service's account needs realm-management view-users", 503);
                    }
                    return holder(answer.bodyAsJsonArray(), badge);
                });
    }

    /** Keycloak's attribute search may match loosely; only an exact badge number on an enabled user counts. */
    static Optional<String> holder(JsonArray users, String badge) {
        List<JsonObject> carriers = IntStream.range(0, users.size()).mapToObj(users::getJsonObject)
                .filter(user -> user.getBoolean("enabled", false))
                .filter(user -> Optional.ofNullable(user.getJsonObject("attributes"))
                        .map(attributes -> attributes.getJsonArray(ATTRIBUTE, new JsonArray()).contains(badge))
                        .orElse(false))
                .toList();
        return carriers.size() == 1 ? Optional.of(carriers.get(0).getString("username")) : Optional.empty();
    }
}
