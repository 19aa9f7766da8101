package io.forgeline.execution.terminals;

import io.forgeline.platform.actor.RealmSignIn;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * An operator signed in at a terminal: Keycloak's tokens for them (issued to this service's client, so only it can
 * refresh them), who they are, and the terminal with its place.
 */
public record TerminalSession(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn,
                              Operator operator, TerminalView terminal) {

    public record Operator(String username, String name, List<String> roles) {
    }

    static TerminalSession of(JsonObject tokens, TerminalView terminal) {
        JsonObject claims = RealmSignIn.claims(tokens.getString("access_token"));
        return new TerminalSession(tokens.getString("access_token"), tokens.getLong("expires_in", 0L),
                tokens.getString("refresh_token"), tokens.getLong("refresh_expires_in", 0L), operator(claims), terminal);
    }

    static Operator operator(JsonObject claims) {
        String username = claims.getString("preferred_username", "");
        String name = claims.getString("name", username);
        return new Operator(username, name, roles(claims));
    }

    static List<String> roles(JsonObject claims) {
        JsonArray roles = claims.getJsonObject("realm_access", new JsonObject()).getJsonArray("roles", new JsonArray());
        return roles.stream().map(String::valueOf).sorted().toList();
    }
}
