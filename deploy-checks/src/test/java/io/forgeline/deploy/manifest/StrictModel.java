package io.forgeline.deploy.manifest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered YAML into the Kubernetes model the way the API server would judge it: unknown fields and
 * scalars of the wrong type fail. fabric8's model keeps unknown fields in an "additional properties" map
 * by default; this mapper switches that catch-all off, so Jackson reports them with their path.
 */
public final class StrictModel {

    /** Built-in kinds this project renders, read into their typed fabric8 class. */
    static final Map<String, Class<? extends HasMetadata>> TYPED = Map.ofEntries(
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class));

    /** Operator resources: no schema here, so the fields each operator cannot do without are checked by pointer. */
    static final Map<String, List<String>> CUSTOM_REQUIRED = Map.ofEntries(
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", List.of("/spec/kafka/listeners/0/name", "/spec/kafka/listeners/0/port",
                    "/spec/kafka/listeners/0/type", "/spec/kafka/config/min.insync.replicas", "/spec/entityOperator/topicOperator")),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/replicas",
                    "/spec/roles/0", "/spec/storage/type")),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/topicName",
                    "/spec/partitions", "/spec/replicas", "/spec/config/min.insync.replicas")),
            Map.entry("postgresql.cnpg.io/v1/Cluster", List.of("/spec/instances", "/spec/storage/size")),
            Map.entry("postgresql.cnpg.io/v1/Database", List.of("/spec/name", "/spec/owner", "/spec/cluster/name")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", List.of("/spec/schedule", "/spec/cluster/name")),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", List.of("/spec/instances", "/spec/db/vendor", "/spec/db/host",
                    "/spec/db/usernameSecret/name", "/spec/db/passwordSecret/name", "/spec/hostname/hostname")),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", List.of("/spec/keycloakCRName", "/spec/realm/realm")),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", List.of("/spec/selector", "/spec/endpoints/0/port")),
            Map.entry("keda.sh/v1alpha1/ScaledObject", List.of("/spec/scaleTargetRef/name", "/spec/triggers/0/type")));

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // the API server refuses 9084 where it expects "9084" (env values, labels, annotations, ConfigMap data)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;   // no catch-all for unknown fields
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
                    return JsonIgnoreProperties.Value.empty();
                }
            })
            .build();

    private static final ObjectMapper LENIENT = JsonMapper.builder().build();

    private StrictModel() {
    }

    /** Every object in a multi-document YAML stream; empty documents (Helm leaves some) are skipped. */
    public static List<KubeObject> parse(String source, String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                    continue;
                }
                objects.add(read(source + " #" + index, document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the YAML of " + source, e);
        }
        return objects;
    }

    /** One object, strictly: an AssertionError names the object and the offending field. */
    public static KubeObject read(String source, JsonNode tree) {
        String apiVersion = tree.path("apiVersion").asText("");
        String kind = tree.path("kind").asText("");
        String name = tree.at("/metadata/name").asText("");
        String type = apiVersion + "/" + kind;
        if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
            throw new AssertionError(source + ": every object needs apiVersion, kind and metadata.name, got " + tree);
        }
        Class<? extends HasMetadata> typed = TYPED.get(type);
        try {
            if (typed != null) {
                return new KubeObject(source, apiVersion, kind, name, tree, STRICT.treeToValue(tree, typed));
            }
            List<String> required = CUSTOM_REQUIRED.get(type);
            if (required == null) {
                throw new AssertionError(source + ": " + type + " " + name + " is a kind these checks do not know;"
                        + " add it to StrictModel (typed if fabric8 models it, else with its required fields)");
            }
            List<String> missing = required.stream().filter(pointer -> tree.at(pointer).isMissingNode() || tree.at(pointer).isNull()).toList();
            if (!missing.isEmpty()) {
                throw new AssertionError(source + ": " + type + " " + name + " lacks required fields " + missing);
            }
            return new KubeObject(source, apiVersion, kind, name, tree, LENIENT.treeToValue(tree, GenericKubernetesResource.class));
        } catch (IOException e) {
            throw new AssertionError(source + ": " + type + " " + name + " does not fit the Kubernetes model: " + e.getMessage(), e);
        }
    }
}
