package io.forgeline.deploy.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.manifest.Workloads;
import io.forgeline.deploy.project.DevRealm;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.ServiceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /** Topics someone writes or reads: the contracts', the consumers', each consumer group's dead letters, the outbox's fallback. */
    private static Set<String> neededTopics() {
        Set<String> needed = new TreeSet<>(ServiceConfig.asyncApiTopics());
        ServiceConfig.consumers().forEach(c -> needed.add(c.topic()));
        needed.addAll(ServiceConfig.deadLetterTopics());
        needed.add(ServiceConfig.unroutedTopic());
        return needed;
    }

    private static Set<String> declaredTopics(Rendering r) {
        Set<String> declared = new TreeSet<>();
        r.ofKind("KafkaTopic").forEach(t -> declared.add(t.at("/spec/topicName").asText()));
        return declared;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_contract_topic_and_every_dead_letter_topic_is_declared(Rendering r) {
        Set<String> consumingServices = new TreeSet<>();
        ServiceConfig.consumers().forEach(c -> consumingServices.add(c.service()));
        assertThat(consumingServices).as("services with an incoming channel").contains("execution", "supply");
        assertThat(ServiceConfig.deadLetterTopics()).as("one dead-letter topic per consumer group, named after the service")
                .isEqualTo(consumingServices.stream().map(service -> "dlq." + service).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(declaredTopics(r)).as(r.name()).containsAll(neededTopics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void no_topic_is_declared_that_nothing_writes_or_reads(Rendering r) {
        assertThat(declaredTopics(r)).as(r.name() + ": declared topics beyond the contracts, consumers, dead letters and outbox fallback")
                .isSubsetOf(neededTopics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void dead_letters_are_kept_thirty_days_and_never_compacted(Rendering r) {
        for (String topic : ServiceConfig.deadLetterTopics()) {
            KubeObject declared = r.ofKind("KafkaTopic").stream().filter(t -> t.at("/spec/topicName").asText().equals(topic)).findFirst()
                    .orElseThrow(() -> new AssertionError(r.name() + " declares no " + topic));
            assertThat(declared.at("/spec/config/cleanup.policy").asText()).as(r.name() + ": " + topic + " cleanup.policy").isEqualTo("delete");
            assertThat(Long.parseLong(declared.at("/spec/config/retention.ms").asText())).as(r.name() + ": " + topic + " retention.ms")
                    .isGreaterThanOrEqualTo(Duration.ofDays(30).toMillis());
        }
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
            assertThat(Workloads.env(d).get("FORGELINE_DB_NAME")).as(r.name() + ": " + service.name() + " FORGELINE_DB_NAME").isEqualTo(database);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void keycloak_imports_the_realm_with_the_same_roles_as_development_and_a_pkce_terminal_client(Rendering r) {
        KubeObject keycloak = r.ofKind("Keycloak").stream().findFirst().orElseThrow(() -> new AssertionError(r.name() + " has no Keycloak"));
        KubeObject realmImport = r.ofKind("KeycloakRealmImport").stream().findFirst().orElseThrow();
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo(keycloak.name());
        assertThat(keycloak.at("/spec/hostname/hostname").asText()).startsWith("https://");
        assertThat(DevRealm.names(realmImport.at("/spec/realm/roles/realm"))).isEqualTo(DevRealm.realmRoles());
        assertThat(realmImport.at("/spec/realm/realm").asText()).isEqualTo(DevRealm.json().path("realm").asText());
        JsonNode terminal = DevRealm.client(realmImport.at("/spec/realm"), "forgeline-terminal");
        assertThat(terminal.path("publicClient").asBoolean()).isTrue();
        assertThat(terminal.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(terminal.path("rootUrl").asText()).startsWith("https://");
    }

    /** A supplier's people sign in at the terminal client too: their supplier_id must reach the token as in development. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void keycloak_declares_supplier_id_and_the_terminal_client_maps_it_into_tokens_as_in_development(Rendering r) throws Exception {
        JsonNode realm = r.ofKind("KeycloakRealmImport").stream().findFirst().orElseThrow().at("/spec/realm");
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readTree(DevRealm.userProfileConfig(realm))).as(r.name() + ": the user profile")
                .isEqualTo(json.readTree(DevRealm.userProfileConfig()));
        assertThat(DevRealm.client(realm, "forgeline-terminal").path("protocolMappers")).as(r.name() + ": the terminal's mappers")
                .isEqualTo(DevRealm.client(DevRealm.json(), "forgeline-terminal").path("protocolMappers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void each_services_client_gets_its_secret_from_what_the_service_reads_and_its_roles_from_development(Rendering r) {
        KubeObject realmImport = r.ofKind("KeycloakRealmImport").stream().findFirst().orElseThrow();
        JsonNode realm = realmImport.at("/spec/realm");
        for (Launcher.Workload service : Launcher.services()) {
            SecretKeySelector read = Workloads.secretRef(r.get("Deployment", service.name()).as(Deployment.class), "FORGELINE_SERVICE_SECRET");
            String clientId = DevRealm.serviceClientId(service.name());
            JsonNode client = DevRealm.client(realm, clientId);
            assertThat(client.path("publicClient").asBoolean(true)).as(r.name() + ": " + clientId + " is confidential").isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(r.name() + ": " + clientId + " has a service account").isTrue();
            String placeholder = client.path("secret").asText().replaceFirst("^\\$\\{(\\w+)}$", "$1");
            JsonNode source = realmImport.at("/spec/placeholders/" + placeholder + "/secret");
            assertThat(source.path("name").asText() + "/" + source.path("key").asText())
                    .as(r.name() + ": " + clientId + "'s secret " + client.path("secret").asText() + " comes from the Secret " + service.name() + " reads")
                    .isEqualTo(read.getName() + "/" + read.getKey());
            assertThat(DevRealm.serviceAccountRoles(realm, clientId)).as(r.name() + ": roles of " + clientId)
                    .isEqualTo(DevRealm.serviceAccountRoles(DevRealm.json(), clientId));
        }
    }
}
