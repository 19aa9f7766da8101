package io.forgeline.deploy.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.Repo;
import io.forgeline.deploy.project.ServiceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureTest {

    static List<Rendering> renderings() {
        return Renderings.all();
    }

    private static int asInt(JsonNode node) {
        return node.isTextual() ? Integer.parseInt(node.asText()) : node.asInt();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void kafka_runs_three_kraft_nodes_with_replication_three_and_min_isr_two(Rendering r) {
        List<KubeObject> clusters = r.ofKind("Kafka");
        assertThat(clusters).as(r.name()).hasSize(1);
        KubeObject kafka = clusters.get(0);
        assertThat(asInt(kafka.at("/spec/kafka/config/default.replication.factor"))).isEqualTo(3);
        assertThat(asInt(kafka.at("/spec/kafka/config/min.insync.replicas"))).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).as("topics are declared, not auto-created").isFalse();
        assertThat(r.ofKind("KafkaNodePool")).as(r.name()).allSatisfy(pool -> {
            assertThat(pool.labels()).containsEntry("strimzi.io/cluster", kafka.name());
            assertThat(asInt(pool.at("/spec/replicas"))).isGreaterThanOrEqualTo(3);
            assertThat(pool.at("/spec/roles").toString()).contains("broker").contains("controller");
        });
        assertThat(r.ofKind("KafkaTopic")).as(r.name()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.labels()).containsEntry("strimzi.io/cluster", kafka.name());
            assertThat(asInt(topic.at("/spec/replicas"))).as(topic.id() + " replicas").isEqualTo(3);
            assertThat(asInt(topic.at("/spec/config/min.insync.replicas"))).as(topic.id() + " min ISR").isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_contract_topic_and_every_dead_letter_topic_is_declared(Rendering r) {
        Set<String> declared = new TreeSet<>();
        r.ofKind("KafkaTopic").forEach(t -> declared.add(t.at("/spec/topicName").asText()));
        Set<String> needed = new TreeSet<>(ServiceConfig.asyncApiTopics());
        for (var consumer : ServiceConfig.consumers()) {
            needed.add(consumer.topic());
            consumer.deadLetterTopic().ifPresent(needed::add);
        }
        assertThat(needed).as("topics the contracts and consumers name").contains("scheduling.production-orders.v1.dlq");
        assertThat(declared).as(r.name()).containsAll(needed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void no_consumer_autoscales_beyond_the_partitions_of_its_topic(Rendering r) {
        assertThat(ServiceConfig.consumers()).isNotEmpty().allSatisfy(consumer -> {
            KubeObject topic = r.ofKind("KafkaTopic").stream()
                    .filter(t -> t.at("/spec/topicName").asText().equals(consumer.topic())).findFirst().orElseThrow();
            int partitions = asInt(topic.at("/spec/partitions"));
            int max = r.find("HorizontalPodAutoscaler", consumer.service())
                    .map(h -> h.as(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas())
                    .orElseGet(() -> asInt(r.get("ScaledObject", consumer.service()).at("/spec/maxReplicaCount")));
            assertThat(max).as(r.name() + ": " + consumer.service() + " may grow to " + max + " consumers of " + partitions + " partitions")
                    .isLessThanOrEqualTo(partitions);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void postgresql_runs_three_instances_with_a_database_and_login_role_per_service(Rendering r) {
        List<KubeObject> clusters = r.ofKind("Cluster");
        assertThat(clusters).as(r.name()).hasSize(1);
        KubeObject cluster = clusters.get(0);
        assertThat(asInt(cluster.at("/spec/instances"))).isEqualTo(3);
        List<JsonNode> roles = StreamSupport.stream(cluster.at("/spec/managed/roles").spliterator(), false).toList();
        for (Launcher.Workload service : Launcher.services()) {
            String database = ServiceConfig.databaseName(service);
            assertThat(r.ofKind("Database")).as(r.name() + ": database " + database).anySatisfy(db -> {
                assertThat(db.at("/spec/name").asText()).isEqualTo(database);
                assertThat(db.at("/spec/owner").asText()).isEqualTo(service.name());
                assertThat(db.at("/spec/cluster/name").asText()).isEqualTo(cluster.name());
            });
            assertThat(roles).as(r.name() + ": role " + service.name()).anySatisfy(role -> {
                assertThat(role.path("name").asText()).isEqualTo(service.name());
                assertThat(role.path("login").asBoolean()).isTrue();
                assertThat(role.at("/passwordSecret/name").asText()).isEqualTo("forgeline-db-" + service.name());
            });
            Deployment d = r.get("Deployment", service.name()).as(Deployment.class);
            assertThat(env(d, "FORGELINE_DB_NAME")).as(r.name() + ": " + service.name() + " FORGELINE_DB_NAME").isEqualTo(database);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void keycloak_imports_the_realm_with_the_same_roles_as_development_and_a_pkce_terminal_client(Rendering r) throws IOException {
        KubeObject keycloak = r.ofKind("Keycloak").stream().findFirst().orElseThrow(() -> new AssertionError(r.name() + " has no Keycloak"));
        KubeObject realmImport = r.ofKind("KeycloakRealmImport").stream().findFirst().orElseThrow();
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo(keycloak.name());
        assertThat(keycloak.at("/spec/hostname/hostname").asText()).startsWith("https://");
        JsonNode devRealm = new ObjectMapper().readTree(Repo.read("infra/keycloak/forgeline-realm.json"));
        assertThat(roleNames(realmImport.at("/spec/realm/roles/realm"))).isEqualTo(roleNames(devRealm.at("/roles/realm")));
        assertThat(realmImport.at("/spec/realm/realm").asText()).isEqualTo(devRealm.path("realm").asText());
        JsonNode terminal = StreamSupport.stream(realmImport.at("/spec/realm/clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals("forgeline-terminal")).findFirst().orElseThrow();
        assertThat(terminal.path("publicClient").asBoolean()).isTrue();
        assertThat(terminal.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(terminal.path("rootUrl").asText()).startsWith("https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void workloads_listen_on_the_launchers_ports_and_find_each_other_by_service_name(Rendering r) {
        for (Launcher.Workload w : Launcher.workloads()) {
            Deployment d = r.get("Deployment", w.name()).as(Deployment.class);
            var ports = d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts();
            assertThat(ports).as(r.name() + ": " + w.name() + " http").anySatisfy(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getContainerPort()).isEqualTo(w.http());
            });
            if (w.grpc().isPresent()) {
                assertThat(ports).as(r.name() + ": " + w.name() + " grpc").anySatisfy(p -> {
                    assertThat(p.getName()).isEqualTo("grpc");
                    assertThat(p.getContainerPort()).isEqualTo(w.grpc().getAsInt());
                });
            } else {
                assertThat(ports).as(r.name() + ": the gateway has no gRPC server").hasSize(1);
            }
        }
        Deployment gateway = r.get("Deployment", "gateway").as(Deployment.class);
        for (Launcher.Workload service : Launcher.services()) {
            assertThat(env(gateway, "FORGELINE_" + service.name().toUpperCase() + "_URL"))
                    .isEqualTo("http://" + service.name() + ":" + service.http());
        }
        Deployment scheduling = r.get("Deployment", "scheduling").as(Deployment.class);
        assertThat(env(scheduling, "FORGELINE_WAREHOUSE_HOST")).isEqualTo("warehouse");
        assertThat(env(scheduling, "FORGELINE_WAREHOUSE_GRPC_PORT")).isEqualTo(String.valueOf(Launcher.workload("warehouse").grpc().getAsInt()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void configuration_uses_only_names_the_services_read(Rendering r) {
        Set<String> known = Launcher.knownConfigNames();
        assertThat(known).contains("FORGELINE_DB_HOST", "FORGELINE_KAFKA_BOOTSTRAP", "FORGELINE_KEYCLOAK_URL", "FORGELINE_OTEL_ENDPOINT",
                "FORGELINE_WAREHOUSE_GRPC_PORT", "FORGELINE_SUPPLY_URL");
        List<String> used = new ArrayList<>();
        r.ofKind("ConfigMap").forEach(c -> c.at("/data").fieldNames().forEachRemaining(used::add));
        r.deployments().forEach(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().forEach(e -> used.add(e.getName())));
        assertThat(used).filteredOn(n -> n.startsWith("FORGELINE_")).as(r.name()).isNotEmpty().allSatisfy(n -> assertThat(known).contains(n));
        assertThat(used).as(r.name() + ": traces go to an OpenTelemetry collector").contains("FORGELINE_OTEL_ENDPOINT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void prometheus_finds_every_workloads_metrics(Rendering r) {
        boolean serviceMonitor = r.ofKind("ServiceMonitor").stream()
                .anyMatch(m -> m.at("/spec/endpoints/0/path").asText().equals("/q/metrics") && m.at("/spec/endpoints/0/port").asText().equals("http"));
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            var annotations = d.getSpec().getTemplate().getMetadata().getAnnotations();
            boolean annotated = annotations != null && "true".equals(annotations.get("prometheus.io/scrape"))
                    && "/q/metrics".equals(annotations.get("prometheus.io/path"))
                    && String.valueOf(d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getContainerPort())
                    .equals(annotations.get("prometheus.io/port"));
            assertThat(annotated || serviceMonitor).as(r.name() + ": " + d.getMetadata().getName() + " is scraped").isTrue();
        });
    }

    private static Set<String> roleNames(JsonNode roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    private static String env(Deployment d, String name) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no " + name));
    }
}
