package io.forgeline.deploy.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Map;
import java.util.Objects;

/**
 * One rendered object: where it came from, its identity, the raw tree and the strictly typed model
 * (a fabric8 class for built-in kinds, a GenericKubernetesResource for operator resources).
 */
public record KubeObject(String source, String apiVersion, String kind, String name, JsonNode tree, HasMetadata typed) {

    public <T extends HasMetadata> T as(Class<T> type) {
        if (!type.isInstance(typed)) {
            throw new AssertionError(id() + " from " + source + " is a " + typed.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(typed);
    }

    public String id() {
        return kind + "/" + name;
    }

    public String namespace() {
        return typed.getMetadata().getNamespace();
    }

    public Map<String, String> labels() {
        return Objects.requireNonNullElse(typed.getMetadata().getLabels(), Map.of());
    }

    /** The node at a JSON pointer such as {@code /spec/replicas}; missing nodes are {@code MissingNode}. */
    public JsonNode at(String pointer) {
        return tree.at(pointer);
    }

    @Override
    public String toString() {
        return id();
    }
}
