package io.forgeline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgeline.systemtests.OpenApi.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Bodies a write operation must refuse, derived from its request schema so that each one is wrong for
 * certain: wrong JSON types (of the body or of one field), a required field missing or null, an empty
 * container where fields are required, a number no column holds, a string far longer than any field,
 * bytes that are not JSON or not UTF-8, nesting deeper than any parser allows, the wrong content type. Unknown
 * extra fields ride along as noise. The one body that is valid by its schema yet broke a service before
 * ({@code []} for a list that replaces an item's BOM or routing) is sent as an edge case, where only a 5xx
 * is wrong.
 */
final class Malformations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Malformations() {
    }

    /** One request to throw at an operation; {@code certain} means any answer but a 4xx problem is a bug. */
    record Malformed(Operation operation, String path, String kind, String contentType, byte[] body, boolean certain) {

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return kind + ": " + operation.method() + " " + path + " [" + contentType + "] "
                    + (text.length() > 160 ? text.substring(0, 160) + "… (" + body.length + " bytes)" : text);
        }
    }

    /** @param path the operation's path with its parameters filled */
    static Gen<Malformed> of(Operation operation, String path) {
        if (operation.consumes() != null && !operation.consumes().contains("json")) {
            // a body that is not JSON (EDIFACT): bytes it cannot read, in its own media type, or JSON instead
            String interchange = "UNA:+.? '\nUNB+UNOC:3+ACME:ZZZ+FORGELINE1000:ZZZ+261208:1630+" + UUID.randomUUID().toString().substring(0, 8)
                    + "'\nUNH+1+ORDRSP:D:96A:UN'\nBGM+231+X+29'\nDTM+137:20261129:102'\nRFF+ON:PO-NONE'\nUNS+S'\nUNT+6+1'\nUNZ+1+R'\n";
            return Generate.oneOf(garbage().map(bytes -> new Malformed(operation, path, "bytes that are not " + operation.consumes(),
                            operation.consumes(), bytes, true)),
                    Generate.range(0, interchange.length()).map(cut -> new Malformed(operation, path, "an interchange cut short (or naming no order)",
                            operation.consumes(), interchange.substring(0, cut).getBytes(StandardCharsets.ISO_8859_1), true)),
                    Generate.constant(json(operation, path, "JSON where " + operation.consumes() + " is taken", "{\"asnNumber\":\"A\"}", true)));
        }
        JsonNode schema = operation.resolve(operation.body());
        JsonNode valid = example(operation, schema, "body");
        List<Gen<Malformed>> kinds = new ArrayList<>();
        kinds.add(Generate.pick(wrongTypes(schema, operation.bodyRequired()))
                .map(body -> json(operation, path, "body of the wrong JSON type", body, true)));
        kinds.add(garbage().map(bytes -> new Malformed(operation, path, "bytes that are not JSON", "application/json", bytes, true)));
        kinds.add(Generate.range(1, Math.max(1, valid.toString().length() - 1))
                .map(cut -> json(operation, path, "JSON cut short", valid.toString().substring(0, cut), true)));
        kinds.add(Generate.pick(List.of(1200, 5000)).map(depth -> json(operation, path, "nesting " + depth + " deep", nested(depth), true)));
        kinds.add(Generate.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"))
                .map(type -> new Malformed(operation, path, "wrong content type", type, valid.toString().getBytes(StandardCharsets.UTF_8), true)));
        ObjectNode fields = fieldsOf(valid);
        JsonNode fieldSchema = fieldSchema(operation, schema);
        if (fields != null && fieldSchema != null) {
            List<String> names = new ArrayList<>();
            fieldSchema.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            fieldSchema.path("required").forEach(r -> required.add(r.asText()));
            if (!names.isEmpty()) {
                kinds.add(Generate.pick(names).flatMap(name -> Generate.pick(wrongTypes(operation.resolve(fieldSchema.path("properties").path(name)),
                                required.contains(name)))
                        .flatMap(wrong -> noise().map(extra -> mutate(operation, path, valid, "field " + name + " of the wrong type",
                                f -> f.set(name, node(wrong)), extra, true)))));
            }
            if (!required.isEmpty()) {
                kinds.add(Generate.pick(required).flatMap(name -> noise().map(extra -> mutate(operation, path, valid,
                        "required field " + name + " missing", f -> f.remove(name), extra, true))));
                kinds.add(Generate.pick(required).flatMap(name -> noise().map(extra -> mutate(operation, path, valid,
                        "required field " + name + " null", f -> f.putNull(name), extra, true))));
                kinds.add(Generate.constant(json(operation, path, "an empty object where fields are required",
                        schema.path("type").asText().equals("array") ? "[{}]" : "{}", true)));
            }
            List<String> numbers = names.stream().filter(n -> isNumeric(operation.resolve(fieldSchema.path("properties").path(n)))).toList();
            if (!numbers.isEmpty()) {
                // an integer gets only digits (a float literal may legally be truncated into one); a decimal any
                kinds.add(Generate.pick(numbers).flatMap(name -> Generate.pick(
                                "integer".equals(operation.resolve(fieldSchema.path("properties").path(name)).path("type").asText())
                                        ? List.of("9".repeat(40), "-" + "9".repeat(40))
                                        : List.of("9".repeat(40), "1e400", "-" + "9".repeat(30) + ".5"))
                        .map(huge -> rawField(operation, path, valid, name, huge, "a number no field holds in " + name))));
            }
            List<String> texts = freeTexts(operation, fieldSchema);
            if (!texts.isEmpty()) {
                kinds.add(Generate.pick(texts).flatMap(name -> Generate.pick(List.of(70_000, 400_000)).map(length -> tooLong(operation, path, valid,
                        name, length))));
            }
        }
        if (schema.path("type").asText().equals("array") && path.contains("/items/")) {
            kinds.add(Generate.constant(json(operation, path, "an empty list (valid: replaces it with nothing)", "[]", false)));
        }
        return Generate.oneOf(kinds.get(0), kinds.subList(1, kinds.size()).toArray(Gen[]::new));
    }

    /** Every free-text field of the body at once far longer than any field holds, one request each: none left to chance. */
    static List<Malformed> tooLongTexts(Operation operation, String path) {
        if (operation.consumes() != null && !operation.consumes().contains("json")) {
            return List.of();
        }
        JsonNode schema = operation.resolve(operation.body());
        JsonNode valid = example(operation, schema, "body");
        JsonNode fieldSchema = fieldSchema(operation, schema);
        if (fieldsOf(valid) == null || fieldSchema == null) {
            return List.of();
        }
        return freeTexts(operation, fieldSchema).stream().map(name -> tooLong(operation, path, valid, name, 70_000)).toList();
    }

    private static List<String> freeTexts(Operation operation, JsonNode fieldSchema) {
        List<String> names = new ArrayList<>();
        fieldSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().filter(n -> isFreeText(operation.resolve(fieldSchema.path("properties").path(n)))).toList();
    }

    private static Malformed tooLong(Operation operation, String path, JsonNode valid, String name, int length) {
        return mutate(operation, path, valid, "a " + length + " character " + name, f -> f.put(name, "x".repeat(length)), false, true);
    }

    /** A plausible valid body, so that the one defect put into it is the only thing wrong. */
    static JsonNode example(Operation operation, JsonNode schema, String name) {
        JsonNode s = operation.resolve(schema);
        if (s == null || s.isMissingNode()) {
            return NODES.objectNode();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (s.path("type").asText()) {
            case "object" -> {
                // only the required fields where the schema names them: an optional one filled with a made-up
                // value (a GTIN, say) could be wrong by itself and hide the defect under test
                List<String> required = new ArrayList<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    if (required.isEmpty() || required.contains(property.getKey())) {
                        object.set(property.getKey(), example(operation, property.getValue(), property.getKey()));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(operation, s.path("items"), name));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, s.path("minimum").asInt(1)));
            }
            case "number" -> {
                return NODES.textNode("1");
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                String format = s.path("format").asText();
                if (format.equals("date-time")) {
                    return NODES.textNode("2031-06-02T06:00:00Z");
                }
                if (format.equals("date")) {
                    return NODES.textNode("2031-06-02");
                }
                if (format.equals("uuid")) {
                    return NODES.textNode("00000000-0000-4000-8000-000000000001");
                }
                return NODES.textNode(plausibleCode(name));
            }
        }
    }

    private static String plausibleCode(String name) {
        String n = name.toLowerCase();
        if (n.contains("machine")) {
            return "CNC-01-M1";
        }
        if (n.contains("workcenter")) {
            return "CNC-01";
        }
        if (n.contains("calendar")) {
            return "TWO-SHIFT";
        }
        if (n.contains("supplier")) {
            return "ACME";
        }
        if (n.contains("item") || n.contains("component")) {
            return "SHAFT-01";
        }
        if (n.contains("unit")) {
            return "PCE";
        }
        if (n.contains("family")) {
            return "SHAFT";
        }
        return "malformed test";
    }

    /** JSON values of another kind than the schema's, none of which Jackson turns into the right one. */
    private static List<String> wrongTypes(JsonNode schema, boolean nullIsWrong) {
        List<String> wrong = new ArrayList<>();
        String type = schema == null ? "" : schema.path("type").asText();
        boolean enumeration = schema != null && schema.has("enum");
        switch (type) {
            case "object" -> wrong.addAll(List.of("[]", "[1,2]", "\"text\"", "42"));
            case "array" -> wrong.addAll(List.of("{}", "{\"a\":1}", "\"text\"", "42"));
            case "integer", "number" -> wrong.addAll(List.of("\"twelve\"", "{}", "[1,2]"));
            case "boolean" -> wrong.addAll(List.of("\"maybe\"", "{}", "[true]"));
            default -> {
                wrong.addAll(List.of("{}", "[1,2]"));
                String format = schema == null ? "" : schema.path("format").asText();
                if (format.startsWith("date") || format.equals("uuid")) {
                    wrong.add("\"not a " + format + "\"");
                }
                if (enumeration) {
                    wrong.add("\"NO_SUCH_VALUE\"");
                }
            }
        }
        if (nullIsWrong && !type.isEmpty()) {
            wrong.add("null");
        }
        return wrong;
    }

    /** Random bytes that can never parse: they start with a byte that is neither JSON nor UTF-8. */
    private static Gen<byte[]> garbage() {
        return Generate.byteArrays(Generate.range(0, 200), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)).map(bytes -> {
            byte[] out = new byte[bytes.length + 3];
            out[0] = (byte) 0xFF;
            out[1] = (byte) 0xC3; // a UTF-8 lead byte...
            out[2] = (byte) 0x28; // ...followed by no continuation byte
            System.arraycopy(bytes, 0, out, 3, bytes.length);
            return out;
        });
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static Gen<Boolean> noise() {
        return Generate.booleans();
    }

    private static boolean isNumeric(JsonNode schema) {
        String type = schema == null ? "" : schema.path("type").asText();
        return type.equals("integer") || type.equals("number");
    }

    /** A string that is not a date, an id or an enum value: a name, a reason, a code. */
    private static boolean isFreeText(JsonNode schema) {
        return schema != null && schema.path("type").asText().equals("string") && !schema.has("enum")
                && schema.path("format").asText().isEmpty();
    }

    /** The object whose fields the defects change: the body, or the first element of a list body. */
    private static ObjectNode fieldsOf(JsonNode valid) {
        if (valid instanceof ObjectNode object) {
            return object;
        }
        if (valid instanceof ArrayNode array && array.size() > 0 && array.get(0) instanceof ObjectNode object) {
            return object;
        }
        return null;
    }

    private static JsonNode fieldSchema(Operation operation, JsonNode schema) {
        JsonNode s = schema.path("type").asText().equals("array") ? operation.resolve(schema.path("items")) : schema;
        return s != null && s.path("type").asText().equals("object") ? s : null;
    }

    private static Malformed mutate(Operation operation, String path, JsonNode valid, String kind,
            java.util.function.Consumer<ObjectNode> change, boolean extra, boolean certain) {
        JsonNode body = valid.deepCopy();
        ObjectNode fields = fieldsOf(body);
        change.accept(fields);
        if (extra) {
            fields.put("unexpectedField", "ignored or refused, never a reason to fail");
        }
        return json(operation, path, kind + (extra ? " (with an unknown field)" : ""), body.toString(), certain);
    }

    /** A field's value written raw, for numbers no JSON library would write itself. */
    private static Malformed rawField(Operation operation, String path, JsonNode valid, String name, String raw, String kind) {
        JsonNode body = valid.deepCopy();
        fieldsOf(body).put(name, "@@RAW@@");
        return json(operation, path, kind, body.toString().replace("\"@@RAW@@\"", raw), true);
    }

    private static Malformed json(Operation operation, String path, String kind, String body, boolean certain) {
        return new Malformed(operation, path, kind, "application/json", body.getBytes(StandardCharsets.UTF_8), certain);
    }
}
