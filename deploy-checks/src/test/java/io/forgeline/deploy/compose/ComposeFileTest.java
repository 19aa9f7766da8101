package io.forgeline.deploy.compose;

import io.forgeline.deploy.project.DevRealm;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTest {

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> compose = new Yaml(new SafeConstructor(options)).load(Repo.read("docker-compose.yml"));
        services = (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String name) {
        return ((List<Object>) service(name).getOrDefault("ports", List.of())).stream().map(String::valueOf).toList();
    }

    @Test
    void it_runs_every_service_and_the_gateway_the_launcher_runs_and_the_infrastructure() {
        assertThat(services).containsKeys("postgres", "kafka", "keycloak");
        assertThat(Launcher.workloads()).hasSize(6).allSatisfy(w -> assertThat(services).containsKey(w.name()));
    }

    @Test
    void each_workload_listens_on_the_launchers_http_and_management_ports_published_on_loopback_only() {
        for (Launcher.Workload w : Launcher.workloads()) {
            assertThat(ports(w.name())).as(w.name())
                    .containsExactlyInAnyOrder(loopback(w.http()), loopback(w.management()));
            assertThat(environment(w.name())).as(w.name())
                    .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(w.http()))
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(w.management()))
                    // inside its container a process must answer the others, not only itself
                    .containsEntry("FORGELINE_BIND_HOST", "0.0.0.0")
                    .doesNotContainKey("QUARKUS_GRPC_SERVER_PORT");
        }
    }

    @Test
    void every_published_port_is_published_on_loopback_only_as_the_launcher_binds_its_processes() {
        assertThat(services.keySet()).allSatisfy(name ->
                assertThat(ports(name)).as(name).allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:")));
    }

    @Test
    void each_service_takes_its_grpc_tokens_with_the_development_realms_secret_of_its_own_client() {
        for (Launcher.Workload w : Launcher.services()) {
            assertThat(environment(w.name())).as(w.name()).containsEntry("FORGELINE_SERVICE_SECRET", DevRealm.serviceSecret(w.name()));
        }
        assertThat(environment("gateway")).doesNotContainKey("FORGELINE_SERVICE_SECRET");
    }

    private static String loopback(int port) {
        return "127.0.0.1:" + port + ":" + port;
    }

    @Test
    void the_infrastructure_is_on_the_launchers_host_ports_and_versions() {
        Map<String, String> defaults = Launcher.defaults();
        assertThat(ports("postgres")).contains("127.0.0.1:" + defaults.get("FORGELINE_DB_PORT") + ":5432");
        assertThat(ports("kafka")).contains(loopback(Integer.parseInt(defaults.get("FORGELINE_KAFKA_PORT"))));
        assertThat(ports("keycloak")).contains("127.0.0.1:" + defaults.get("FORGELINE_KEYCLOAK_PORT") + ":8080");
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + Launcher.version("KAFKA"));
        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + Launcher.version("KEYCLOAK"));
        assertThat(String.valueOf(service("keycloak").get("volumes"))).contains("./infra/keycloak/forgeline-realm.json");
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--import-realm");
    }

    @Test
    void postgresql_creates_each_services_own_database() {
        String init = Repo.read("infra/compose/create-databases.sql");
        assertThat(String.valueOf(service("postgres").get("volumes"))).contains("./infra/compose/create-databases.sql:/docker-entrypoint-initdb.d/");
        for (Launcher.Workload w : Launcher.services()) {
            assertThat(init).contains("CREATE DATABASE forgeline_" + w.name() + ";");
            assertThat(environment(w.name())).as(w.name()).containsEntry("FORGELINE_DB_NAME", "forgeline_" + w.name());
        }
    }

    @Test
    void services_reach_the_infrastructure_and_each_other_by_compose_name() {
        for (Launcher.Workload w : Launcher.services()) {
            assertThat(environment(w.name())).as(w.name())
                    .containsEntry("FORGELINE_DB_HOST", "postgres")
                    .containsEntry("FORGELINE_KAFKA_BOOTSTRAP", "kafka:9092")
                    .containsEntry("FORGELINE_KEYCLOAK_URL", "http://keycloak:8080");
        }
        for (Launcher.Workload w : Launcher.services()) {
            assertThat(environment("gateway")).containsEntry("FORGELINE_" + w.name().toUpperCase() + "_URL", "http://" + w.name() + ":" + w.http());
        }
        // the warehouse's gRPC shares its HTTP port
        assertThat(environment("scheduling")).containsEntry("FORGELINE_WAREHOUSE_HOST", "warehouse")
                .containsEntry("FORGELINE_WAREHOUSE_PORT", String.valueOf(Launcher.workload("warehouse").http()));
    }

    @Test
    void every_container_has_a_health_check_and_services_wait_for_healthy_infrastructure() {
        assertThat(services.keySet()).allSatisfy(name -> assertThat(service(name)).as(name).containsKey("healthcheck"));
        for (Launcher.Workload w : Launcher.workloads()) {
            assertThat(String.valueOf(service(w.name()).get("healthcheck"))).as(w.name() + " asks readiness on the management port")
                    .contains("/q/health/ready").contains("/dev/tcp/127.0.0.1/" + w.management() + " ");
            assertThat(String.valueOf(service(w.name()).get("depends_on"))).as(w.name()).contains("keycloak").contains("service_healthy");
            assertThat(String.valueOf(service(w.name()).get("build"))).as(w.name()).contains(w.module()).contains("src/main/docker/Dockerfile.jvm");
            assertThat(Repo.path(w.module() + "/src/main/docker/Dockerfile.jvm")).isRegularFile();
        }
    }

    @Test
    void it_uses_only_configuration_names_the_services_read() {
        Set<String> known = Launcher.knownConfigNames();
        for (String name : services.keySet()) {
            assertThat(environment(name).keySet()).as(name).filteredOn(k -> k.startsWith("FORGELINE_")).allSatisfy(k -> assertThat(known).contains(k));
        }
    }

    @Test
    void the_dockerfiles_build_a_non_root_jvm_image_from_the_fast_jar_that_answers_on_every_address() {
        for (Launcher.Workload w : Launcher.workloads()) {
            String dockerfile = Repo.read(w.module() + "/src/main/docker/Dockerfile.jvm");
            assertThat(dockerfile).as(w.name())
                    .contains("openjdk-21-runtime")
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                    .contains("COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/")
                    .contains("USER 185")
                    .contains("EXPOSE " + w.http() + " " + w.management() + "\n")
                    .contains("ENV FORGELINE_BIND_HOST=0.0.0.0")
                    .doesNotContain(":latest");
        }
    }
}
