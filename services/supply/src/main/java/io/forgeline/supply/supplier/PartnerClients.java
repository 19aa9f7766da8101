package io.forgeline.supply.supplier;

import io.quarkus.oidc.client.OidcClient;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues a supplier's confidential Keycloak client through the Keycloak admin API, with this service's own token
 * ({@code svc-supply} holds realm-management's manage-clients, view-realm and manage-users): a client
 * {@code supplier-<code>} with a service account in role {@code supplier} and a hard-coded {@code supplier_id}
 * claim. Issuing again for the same supplier adopts the client that is there and gives it a new secret, so a retry
 * after a failure half-way never leaves a second client behind.
 */
@ApplicationScoped
public class PartnerClients {

    static final String SUPPLIER_ROLE = "supplier";

    private final OidcClient keycloak;
    private final WebClient http;
    private final String admin;

    PartnerClients(OidcClient keycloak, Vertx vertx, @ConfigProperty(name = "forgeline.keycloak.url") String keycloakUrl,
            @ConfigProperty(name = "forgeline.keycloak.realm", defaultValue = "forgeline") String realm) {
        this.keycloak = keycloak;
        this.http = WebClient.create(vertx);
        this.admin = keycloakUrl + "/admin/realms/" + realm;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** The client id a supplier's system signs in with. */
    public static String clientIdOf(String supplierCode) {
        return "supplier-" + supplierCode.toLowerCase(Locale.ROOT);
    }

    /** Issues (or adopts and re-keys) the supplier's client; the answer holds its secret, which nobody stores but Keycloak. */
    public Uni<IssuedClient> issue(String supplierCode, String supplierName) {
        String clientId = clientIdOf(supplierCode);
        return keycloak.getTokens().map(tokens -> tokens.getAccessToken()).flatMap(token -> existing(token, clientId)
                .flatMap(id -> id != null ? Uni.createFrom().item(id) : create(token, clientId, supplierCode, supplierName))
                .flatMap(id -> grantSupplierRole(token, id)
                        .flatMap(ignored -> send(token, http.postAbs(admin + "/clients/" + id + "/client-secret"), null, 200))
                        .map(secret -> new IssuedClient(clientId, secret.bodyAsJsonObject().getString("value")))));
    }

    private Uni<String> existing(String token, String clientId) {
        return send(token, http.getAbs(admin + "/clients").addQueryParam("clientId", clientId), null, 200)
                .map(found -> {
                    JsonArray clients = found.bodyAsJsonArray();
                    return clients.isEmpty() ? null : clients.getJsonObject(0).getString("id");
                });
    }

    private Uni<String> create(String token, String clientId, String supplierCode, String supplierName) {
        JsonObject mapper = new JsonObject()
                .put("name", "supplier_id")
                .put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-hardcoded-claim-mapper")
                .put("config", new JsonObject(Map.of("claim.name", "supplier_id", "claim.value", supplierCode, "jsonType.label", "String",
                        "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                        "introspection.token.claim", "true")));
        JsonObject client = new JsonObject()
                .put("clientId", clientId)
                .put("name", supplierName + " (supplier system)")
                .put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret")
                .put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false)
                .put("protocolMappers", new JsonArray().add(mapper));
        return send(token, http.postAbs(admin + "/clients"), client, 201)
                .map(created -> {
                    String location = created.getHeader("Location");
                    return location.substring(location.lastIndexOf('/') + 1);
                });
    }

    private Uni<Void> grantSupplierRole(String token, String clientUuid) {
        return send(token, http.getAbs(admin + "/clients/" + clientUuid + "/service-account-user"), null, 200)
                .map(user -> user.bodyAsJsonObject().getString("id"))
                .flatMap(userId -> send(token, http.getAbs(admin + "/roles/" + SUPPLIER_ROLE), null, 200)
                        .flatMap(role -> send(token, http.postAbs(admin + "/users/" + userId + "/role-mappings/realm"),
                                new JsonArray().add(role.bodyAsJsonObject()), 204)))
                .replaceWithVoid();
    }

    private static Uni<HttpResponse<Buffer>> send(String token, HttpRequest<Buffer> request, Object body, int expected) {
        request.bearerTokenAuthentication(token).timeout(10_000);
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJson(body);
        return sent.map(response -> {
            if (response.statusCode() != expected) {
                throw new KeycloakRefused(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.bodyAsString());
            }
            return response;
        });
    }

    /** The client id and the secret, shown once to the buyer who onboards the supplier. */
    public record IssuedClient(String clientId, String clientSecret) {
    }

    /** Keycloak refused an admin call: onboarding cannot finish (503, nothing of ours is written). */
    public static final class KeycloakRefused extends ServiceUnavailableException {
        KeycloakRefused(String message) {
            super("Keycloak refused to issue the supplier's client: " + message);
        }
    }
}
