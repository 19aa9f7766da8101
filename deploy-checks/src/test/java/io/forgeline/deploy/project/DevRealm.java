package io.forgeline.deploy.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/** The development realm (infra/keycloak/forgeline-realm.json): the roles and service clients deployments repeat. */
public final class DevRealm {

    private DevRealm() {
    }

    public static JsonNode json() {
        try {
            return new ObjectMapper().readTree(Repo.read("infra/keycloak/forgeline-realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client a service takes its client-credentials tokens from: svc-&lt;name&gt;. */
    public static String serviceClientId(String service) {
        return "svc-" + service;
    }

    public static Set<String> realmRoles() {
        return names(json().at("/roles/realm"));
    }

    /** The development secret of a service's client, which docker-compose.yml may use as it is. */
    public static String serviceSecret(String service) {
        return client(json(), serviceClientId(service)).path("secret").asText();
    }

    /** The realm roles the realm grants a client's service account. */
    public static Set<String> serviceAccountRoles(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> clientId.equals(u.path("serviceAccountClientId").asText()))
                .findFirst().map(u -> {
                    Set<String> roles = new TreeSet<>();
                    u.path("realmRoles").forEach(r -> roles.add(r.asText()));
                    return roles;
                }).orElseThrow(() -> new AssertionError("no service account of " + clientId + " in the realm"));
    }

    /** The user profile the realm declares: its UserProfileProvider component's kc.user.profile.config, a JSON string. */
    public static String userProfileConfig() {
        return userProfileConfig(json());
    }

    public static String userProfileConfig(JsonNode realm) {
        JsonNode config = realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0");
        if (!config.isTextual()) {
            throw new AssertionError("the realm declares no user profile (components/org.keycloak.userprofile.UserProfileProvider)");
        }
        return config.asText();
    }

    public static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in the realm"));
    }

    public static Set<String> names(JsonNode roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.path("name").asText()));
        return names;
    }
}
