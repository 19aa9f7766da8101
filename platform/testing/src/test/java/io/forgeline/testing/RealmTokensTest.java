package io.forgeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development realm, as Keycloak really issues its tokens: the claims the gateway and the services decide
 * by (realm roles, and supplier_id, which keeps one supplier out of another's data) are on the tokens of the
 * identities the tests sign in as.
 */
class RealmTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void infrastructure() {
        LocalStack.ensureRunning();
    }

    @Test
    void the_supplier_user_acme_signs_in_with_role_supplier_and_supplier_id_acme_from_its_user_attribute() {
        JsonNode claims = claims(Tokens.user("acme"));

        assertThat(claims.path("supplier_id").asText()).isEqualTo("ACME");
        assertThat(realmRoles(claims)).contains("supplier");
    }

    @Test
    void globex_system_signs_in_with_role_supplier_and_supplier_id_globex() {
        JsonNode claims = claims(Tokens.client("supplier-globex", "globex-secret"));

        assertThat(claims.path("supplier_id").asText()).isEqualTo("GLOBEX");
        assertThat(realmRoles(claims)).contains("supplier");
    }

    @Test
    void acme_system_signs_in_with_supplier_id_acme() {
        assertThat(claims(Tokens.client("supplier-acme", "acme-secret")).path("supplier_id").asText()).isEqualTo("ACME");
    }

    @Test
    void the_buyer_signs_in_with_realm_role_buyer_and_speaks_for_no_supplier() {
        JsonNode claims = claims(Tokens.user("buyer"));

        assertThat(realmRoles(claims)).contains("buyer").doesNotContain("supplier");
        assertThat(claims.has("supplier_id")).as("a buyer's token names no supplier").isFalse();
    }

    @Test
    void the_plants_people_carry_no_supplier_id() {
        for (String user : List.of("planner", "operator", "inspector", "clerk", "quality", "admin")) {
            assertThat(claims(Tokens.user(user)).has("supplier_id")).as(user).isFalse();
        }
    }

    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        assertThat(parts).as("a signed JWT").hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalStateException("the token's payload is not JSON", e);
        }
    }

    private static List<String> realmRoles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}
