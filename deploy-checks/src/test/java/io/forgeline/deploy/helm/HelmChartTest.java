package io.forgeline.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.forgeline.deploy.manifest.HelmChart;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.ServiceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HelmChartTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void the_chart_passes_strict_lint_with_its_default_values() {
        var result = HelmChart.lint(HelmChart.directory());

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }

    /** helm lint takes no values file through helm-java: lint a copy whose values.yaml has the file laid over it. */
    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void the_chart_passes_strict_lint_with_the_environment_values(String valuesFile, @TempDir Path copy) throws IOException {
        Path chart = copyChart(copy);
        ObjectNode values = (ObjectNode) YAML.readTree(chart.resolve("values.yaml").toFile());
        merge(values, YAML.readTree(HelmChart.valuesFile(valuesFile).toFile()));
        YAML.writeValue(chart.resolve("values.yaml").toFile(), values);

        var result = HelmChart.lint(chart);

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }

    @Test
    void each_values_file_renders_all_six_workloads() {
        for (Rendering r : Stream.of(Renderings.helmDefault(), Renderings.helmDev(), Renderings.helmProd()).toList()) {
            assertThat(r.ofKind("Deployment")).as(r.name()).extracting(KubeObject::name)
                    .containsExactlyInAnyOrder("scheduling", "execution", "quality", "warehouse", "supply", "gateway");
        }
    }

    @Test
    void dev_values_load_the_demo_plant_and_prod_values_do_not() {
        assertThat(config(Renderings.helmDev()).get("FORGELINE_DB_DEMO_DATA")).isEqualTo("db/demo");
        assertThat(config(Renderings.helmProd()).get("FORGELINE_DB_DEMO_DATA")).isEqualTo("db/none");
        assertThat(config(Renderings.helmDefault()).get("FORGELINE_DB_DEMO_DATA")).isEqualTo("db/none");
    }

    @Test
    void prod_values_add_nightly_database_backups_and_service_monitors() {
        Rendering prod = Renderings.helmProd();

        assertThat(prod.get("ScheduledBackup", "forgeline-pg-nightly").at("/spec/schedule").asText()).isEqualTo("0 0 2 * * *");
        assertThat(prod.get("Cluster", "forgeline-pg").at("/spec/backup/barmanObjectStore/destinationPath").asText()).startsWith("s3://");
        assertThat(prod.find("ServiceMonitor", "forgeline")).isPresent();
        assertThat(Renderings.helmDefault().find("ScheduledBackup", "forgeline-pg-nightly")).isEmpty();
    }

    @Test
    void the_chart_and_the_kustomize_base_describe_the_same_objects() {
        assertThat(ids(Renderings.helmDefault())).isEqualTo(ids(Renderings.kustomizeBase()));
    }

    @Test
    void keda_replaces_the_consumers_cpu_autoscalers_with_lag_driven_scaled_objects() {
        Rendering options = Renderings.helmOptions();

        assertThat(options.ofKind("ScaledObject")).extracting(KubeObject::name).containsExactlyInAnyOrder("execution", "supply");
        assertThat(options.ofKind("HorizontalPodAutoscaler")).extracting(KubeObject::name)
                .containsExactlyInAnyOrder("scheduling", "quality", "warehouse", "gateway");
        KubeObject execution = options.get("ScaledObject", "execution");
        assertThat(execution.at("/spec/triggers/0/type").asText()).isEqualTo("kafka");
        // the group the service's channels take from the platform (forgeline.consumer.group), whose lag KEDA reads
        assertThat(execution.at("/spec/triggers/0/metadata/consumerGroup").asText())
                .isEqualTo(ServiceConfig.consumerGroup(Launcher.workload("execution"))).isEqualTo("execution");
        assertThat(execution.at("/spec/triggers/0/metadata/topic").asText()).isEqualTo("scheduling.production-orders.v1");
        assertThat(options.ofKind("ScaledObject")).allSatisfy(scaled -> {
            String service = scaled.name();
            String topic = scaled.at("/spec/triggers/0/metadata/topic").asText();
            assertThat(ServiceConfig.consumers()).as(service + " consumes " + topic + " in group "
                    + scaled.at("/spec/triggers/0/metadata/consumerGroup").asText()).anySatisfy(c -> {
                assertThat(c.service()).isEqualTo(service);
                assertThat(c.topic()).isEqualTo(topic);
                assertThat(c.group()).isEqualTo(scaled.at("/spec/triggers/0/metadata/consumerGroup").asText());
            });
        });
    }

    @Test
    void an_http_route_can_take_the_gateway_in_through_the_gateway_api() {
        HTTPRoute route = Renderings.helmOptions().get("HTTPRoute", "gateway").as(HTTPRoute.class);

        assertThat(route.getSpec().getParentRefs()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("plant-gateway"));
        assertThat(route.getSpec().getRules().get(0).getBackendRefs().get(0).getName()).isEqualTo("gateway");
        assertThat(route.getSpec().getHostnames()).containsExactly("forgeline.example.com");
    }

    @Test
    void existing_kafka_postgresql_and_keycloak_replace_the_operator_resources() {
        Rendering external = HelmChart.render("helm (external infrastructure)", Map.of(
                "kafka.operator", "false",
                "kafka.bootstrapServers", "kafka.plant.internal:9092",
                "postgresql.operator", "false",
                "postgresql.external.host", "pg.plant.internal",
                "keycloak.operator", "false",
                "keycloak.url", "https://sso.plant.example.com"));

        assertThat(external.objects()).extracting(KubeObject::apiVersion)
                .noneMatch(v -> v.startsWith("kafka.strimzi.io") || v.startsWith("postgresql.cnpg.io") || v.startsWith("k8s.keycloak.org"));
        Map<String, String> config = config(external);
        assertThat(config).containsEntry("FORGELINE_KAFKA_BOOTSTRAP", "kafka.plant.internal:9092")
                .containsEntry("FORGELINE_DB_HOST", "pg.plant.internal")
                .containsEntry("FORGELINE_DB_PORT", "5432")
                .containsEntry("FORGELINE_KEYCLOAK_URL", "https://sso.plant.example.com");
        assertThat(external.deployments()).hasSize(6);
    }

    private static Map<String, String> config(Rendering rendering) {
        return rendering.get("ConfigMap", "forgeline-config").as(ConfigMap.class).getData();
    }

    private static Set<String> ids(Rendering rendering) {
        // kustomize's generator adds a content hash to the ConfigMap's name; Helm rolls pods by a checksum annotation
        return rendering.objects().stream()
                .map(o -> o.kind().equals("ConfigMap") ? "ConfigMap/" + o.name().replaceFirst("^(forgeline-config)-[a-z0-9]+$", "$1") : o.id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path copyChart(Path target) throws IOException {
        Path source = HelmChart.directory();
        Path chart = target.resolve("forgeline");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = chart.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return chart;
    }

    /** Helm's rule for values files: maps merge key by key, anything else replaces. */
    private static void merge(ObjectNode into, JsonNode over) {
        over.fields().forEachRemaining(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue().isObject()) {
                merge(target, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
    }
}
