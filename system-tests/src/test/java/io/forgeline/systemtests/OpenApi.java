package io.forgeline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST operations every service documents (GET /q/openapi?format=json on its HTTP port), as the walks
 * need them: method, path template, path parameters and the request body's schema with references resolved.
 */
final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static List<Operation> all;

    private OpenApi() {
    }

    /** One operation of one service. {@code body} is the request body's schema, or null when it takes none. */
    record Operation(String service, String method, String path, Map<String, JsonNode> pathParameters, JsonNode body,
                     boolean bodyRequired, String consumes, JsonNode document) {

        boolean writes() {
            return !method.equals("GET");
        }

        /** The path with every parameter filled by {@code value(parameter name, its schema)}. */
        String path(BiFunction<String, JsonNode, String> value) {
            Matcher m = PARAMETER.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(filled, Matcher.quoteReplacement(value.apply(m.group(1), pathParameters.get(m.group(1)))));
            }
            return m.appendTail(filled).toString();
        }

        /** A schema with its {@code $ref} followed. */
        JsonNode resolve(JsonNode schema) {
            JsonNode s = schema;
            while (s != null && s.has("$ref")) {
                String ref = s.get("$ref").asText();
                s = document.at(ref.substring(1));
            }
            return s;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation of every service of the suite, in a stable order. */
    static synchronized List<Operation> all() {
        if (all == null) {
            List<Operation> operations = new ArrayList<>();
            for (String service : Suite.SERVICES) {
                operations.addAll(of(service));
            }
            operations.sort(java.util.Comparator.comparing((Operation op) -> op.path()).thenComparing(Operation::method));
            all = List.copyOf(operations);
        }
        return all;
    }

    static List<Operation> writes() {
        return all().stream().filter(Operation::writes).toList();
    }

    private static List<Operation> of(String service) {
        Http.Answer answer = Http.send(Suite.get().service(service), "GET", "/q/openapi?format=json", Caller.ANONYMOUS, null, null);
        if (answer.status() != 200) {
            throw new IllegalStateException(service + " serves no OpenAPI document: " + answer);
        }
        JsonNode document;
        try {
            document = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(service + "'s OpenAPI document is not JSON", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(service, path.getKey(), method.getKey(), path.getValue(), method.getValue(), document));
                }
            }
        }
        return operations;
    }

    private static Operation operation(String service, String path, String method, JsonNode pathItem, JsonNode op, JsonNode document) {
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                if ("path".equals(p.path("in").asText())) {
                    parameters.put(p.path("name").asText(), p.path("schema"));
                }
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        JsonNode body = null;
        String consumes = null;
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (consumes == null || type.getKey().equals("application/json")) {
                consumes = type.getKey();
                body = type.getValue().path("schema");
            }
        }
        return new Operation(service, method.toUpperCase(Locale.ROOT), path, parameters, body,
                op.path("requestBody").path("required").asBoolean(false), consumes, document);
    }
}
