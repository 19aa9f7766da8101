package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgeline.systemtests.OpenApi.Operation;
import io.forgeline.testing.LocalStack;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service's OpenAPI document, for every caller, once through the gateway and once
 * straight to the service with the same token: the gateway must refuse (401/403) exactly where the service
 * refuses. Requests change nothing: paths name things that do not exist and bodies are not JSON, so an
 * operation that lets the caller through answers 404 or 400 instead of acting.
 */
class RouteRoleWalkTest {

    private static final byte[] NOT_JSON = "{\"walk\": ".getBytes(StandardCharsets.UTF_8);
    private static final Map<Pair, Decision> decisions = new LinkedHashMap<>();

    private record Pair(Operation operation, Caller caller) {
    }

    private record Decision(Http.Answer viaGateway, Http.Answer direct) {

        boolean agree() {
            return viaGateway.refused() == direct.refused();
        }
    }

    @BeforeAll
    static void walk() {
        List<Operation> operations = OpenApi.all();
        for (Operation operation : operations) {
            String path = operation.path((name, schema) -> nowhere(operation, name, schema));
            for (Caller caller : Caller.values()) {
                byte[] body = operation.body() == null ? null : NOT_JSON;
                String type = operation.body() == null ? null : operation.consumes();
                decisions.put(new Pair(operation, caller), new Decision(
                        Http.send(Suite.get().gateway(), operation.method(), path, caller, type, body),
                        Http.send(Suite.get().service(operation.service()), operation.method(), path, caller, type, body)));
            }
        }
        System.out.printf("route x role walk: %d route x role pairs (%d operations of %d services x %d callers)%n",
                decisions.size(), operations.size(), Suite.SERVICES.size(), Caller.values().length);
    }

    @Test
    void the_gateway_refuses_a_caller_exactly_where_the_service_refuses_it() {
        List<String> disagreements = decisions.entrySet().stream()
                .filter(e -> !e.getValue().agree())
                .map(e -> e.getKey().operation() + " as " + e.getKey().caller().login
                        + ": gateway " + e.getValue().viaGateway().status() + ", service " + e.getValue().direct().status())
                .toList();

        assertThat(decisions).as("pairs walked").hasSizeGreaterThanOrEqualTo(OpenApi.all().size() * Caller.values().length);
        assertThat(disagreements).as("route, method and caller where the gateway and the service disagree").isEmpty();
    }

    /** How an operator at a terminal gets a token in the first place: signing in by badge and PIN. */
    private static final Set<String> PUBLIC = Set.of("POST /api/execution/terminal-sessions",
            "POST /api/execution/terminal-sessions/refresh", "POST /api/execution/terminal-sessions/sign-out");

    @Test
    void nobody_without_a_token_gets_past_the_gateway_or_any_service() {
        List<String> open = decisions.entrySet().stream()
                .filter(e -> e.getKey().caller() == Caller.ANONYMOUS)
                .filter(e -> !PUBLIC.contains(e.getKey().operation().toString()))
                .filter(e -> e.getValue().viaGateway().status() != 401 || e.getValue().direct().status() != 401)
                .map(e -> e.getKey().operation() + ": gateway " + e.getValue().viaGateway().status() + ", service " + e.getValue().direct().status())
                .toList();

        assertThat(open).isEmpty();
    }

    @Test
    void the_terminal_sign_in_is_open_without_a_token_and_refuses_what_is_not_json() {
        List<String> answers = decisions.entrySet().stream()
                .filter(e -> e.getKey().caller() == Caller.ANONYMOUS && PUBLIC.contains(e.getKey().operation().toString()))
                .map(e -> e.getKey().operation() + ": gateway " + e.getValue().viaGateway().status() + ", service " + e.getValue().direct().status())
                .toList();

        assertThat(answers).containsExactlyInAnyOrderElementsOf(PUBLIC.stream().map(o -> o + ": gateway 400, service 400").toList());
    }

    @Test
    void every_operation_is_routed_by_the_gateway() {
        List<String> unrouted = decisions.entrySet().stream()
                .filter(e -> e.getKey().caller() == Caller.ADMIN || e.getKey().caller() == Caller.SUPPLIER)
                .filter(e -> e.getValue().viaGateway().status() == 404 && e.getValue().viaGateway().body().contains("no Forgeline API is served"))
                .map(e -> e.getKey().operation().toString())
                .distinct()
                .toList();

        assertThat(unrouted).isEmpty();
    }

    /**
     * The gateway's table is coarse (readers and writers per API), so it may let a role through to an
     * operation that then refuses it; but a role it lets through must be wanted by at least one operation
     * of that kind behind it, or the table names a role for nothing.
     */
    @Test
    void every_role_in_the_gateway_table_is_let_through_by_some_operation_behind_it() throws IOException {
        Properties gateway = new Properties();
        try (Reader in = Files.newBufferedReader(LocalStack.projectRoot().resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        List<String> unwanted = new ArrayList<>();
        for (String route : gateway.stringPropertyNames().stream().filter(k -> k.endsWith(".prefix")).sorted().toList()) {
            String name = route.substring(0, route.length() - ".prefix".length());
            String prefix = gateway.getProperty(route);
            for (boolean writes : new boolean[] {false, true}) {
                Set<String> roles = roles(gateway.getProperty(name + (writes ? ".write-roles" : ".read-roles")));
                List<Map.Entry<Pair, Decision>> behind = decisions.entrySet().stream()
                        .filter(e -> ownPath(e.getKey().operation()).startsWith(prefix + "/") && e.getKey().operation().writes() == writes)
                        .toList();
                if (behind.isEmpty()) {
                    System.out.printf("route x role walk: %s has no %s operation yet; its %s roles %s wait for one%n",
                            prefix, writes ? "write" : "read", writes ? "write" : "read", roles);
                    continue;
                }
                for (String role : roles) {
                    boolean wanted = behind.stream().anyMatch(e -> role.equals(e.getKey().caller().role) && !e.getValue().direct().refused());
                    if (!wanted) {
                        unwanted.add(prefix + (writes ? " writes" : " reads") + ": " + role);
                    }
                }
            }
        }

        assertThat(unwanted).as("roles the gateway lets through that no operation behind it allows").isEmpty();
    }

    /** The path as the gateway sees it: /api/{service}/dead-letters is /api/supply/dead-letters at supply. */
    private static String ownPath(Operation operation) {
        return operation.path().replace("{service}", operation.service());
    }

    private static Set<String> roles(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Path values that name nothing: the walk must not change the plant. {@code {service}} (the platform's
     * dead letters at /api/{service}/dead-letters) is the service's own name, the only one it serves.
     */
    private static String nowhere(Operation operation, String name, JsonNode schema) {
        if (name.equals("service")) {
            return operation.service();
        }
        String type = schema == null ? "" : schema.path("type").asText();
        if ("uuid".equals(schema == null ? "" : schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (type.equals("integer") || type.equals("number")) {
            return "10";
        }
        return "WALK-NONE-" + name.toUpperCase();
    }
}
