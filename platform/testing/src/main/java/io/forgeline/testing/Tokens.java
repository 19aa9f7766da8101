package io.forgeline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real access tokens from the local Keycloak: demo users by password grant, partners by client credentials. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /**
     * A demo user signing in through forgeline-cli, whose password is its name: the plant's people (planner,
     * operator, inspector, clerk, quality, buyer, admin) or ACME's person acme (role supplier, supplier_id ACME).
     */
    public static String user(String username) {
        return cached("user:" + username, () -> request(Map.of(
                "grant_type", "password", "client_id", "forgeline-cli",
                "username", username, "password", username)));
    }

    /** Like {@link #user}, but a token never handed out before (not cached): for what a first use of a token does. */
    public static String fresh(String username) {
        return request(Map.of("grant_type", "password", "client_id", "forgeline-cli", "username", username, "password", username)).value;
    }

    /** A confidential client, e.g. a supplier's system: supplier-acme / acme-secret, supplier-globex / globex-secret. */
    public static String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> request(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String cached(String key, java.util.function.Supplier<Token> fetch) {
        Token token = CACHE.compute(key, (k, old) -> old != null && old.validUntil.isAfter(Instant.now()) ? old : fetch.get());
        return token.value;
    }

    private static Token request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            Instant validUntil = Instant.now().plusSeconds(json.path("expires_in").asLong(60) - 30);
            return new Token(json.path("access_token").asText(), validUntil);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + LocalStack.keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, Instant validUntil) {
    }
}
