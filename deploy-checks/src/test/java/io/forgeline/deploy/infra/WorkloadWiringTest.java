package io.forgeline.deploy.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.manifest.Workloads;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.ServiceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How the workloads are wired: the ports they listen on, how they find each other, what they are told. */
class WorkloadWiringTest {

    static List<Rendering> renderings() {
        return Renderings.all();
    }

    @Test
    void the_launcher_and_each_workloads_own_configuration_agree_on_its_http_and_management_ports() {
        assertThat(Launcher.workloads()).hasSize(6).allSatisfy(w -> {
            assertThat(ServiceConfig.port(w, "quarkus.http.port")).as(w.name() + " quarkus.http.port").isEqualTo(w.http());
            assertThat(ServiceConfig.port(w, "quarkus.management.port")).as(w.name() + " quarkus.management.port").isEqualTo(w.management());
        });
        assertThat(Launcher.workload("scheduling").management()).isEqualTo(9081);
        assertThat(Launcher.workload("gateway").management()).isEqualTo(9080);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void each_container_declares_exactly_its_http_and_management_ports(Rendering r) {
        for (Launcher.Workload w : Launcher.workloads()) {
            Deployment d = r.get("Deployment", w.name()).as(Deployment.class);
            assertThat(Workloads.ports(d)).as(r.name() + ": " + w.name() + " ports (gRPC shares http)")
                    .extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .containsExactlyInAnyOrder(tuple("http", w.http()),
                            tuple("management", w.management()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void workloads_find_each_other_by_service_name_on_the_http_port(Rendering r) {
        Map<String, String> gateway = Workloads.env(r.get("Deployment", "gateway").as(Deployment.class));
        for (Launcher.Workload service : Launcher.services()) {
            assertThat(gateway).as(r.name() + ": gateway").containsEntry("FORGELINE_" + service.name().toUpperCase() + "_URL",
                    "http://" + service.name() + ":" + service.http());
            assertThat(r.get("Service", service.name()).as(Service.class).getSpec().getPorts())
                    .as(r.name() + ": Service/" + service.name()).anySatisfy(p -> assertThat(p.getPort()).isEqualTo(service.http()));
        }
        Map<String, String> scheduling = Workloads.env(r.get("Deployment", "scheduling").as(Deployment.class));
        assertThat(scheduling).as(r.name() + ": scheduling reaches the warehouse's gRPC on its HTTP port")
                .containsEntry("FORGELINE_WAREHOUSE_HOST", "warehouse")
                .containsEntry("FORGELINE_WAREHOUSE_PORT", String.valueOf(Launcher.workload("warehouse").http()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_process_listens_on_its_pods_address_and_not_only_on_loopback(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d ->
                assertThat(Workloads.environment(r, d)).as(r.name() + ": " + d.getMetadata().getName())
                        .containsEntry("FORGELINE_BIND_HOST", "0.0.0.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void each_service_reads_its_client_secret_from_a_secret_of_its_own_and_the_gateway_has_none(Rendering r) {
        Set<String> secrets = new TreeSet<>();
        for (Launcher.Workload service : Launcher.services()) {
            SecretKeySelector ref = Workloads.secretRef(r.get("Deployment", service.name()).as(Deployment.class), "FORGELINE_SERVICE_SECRET");
            assertThat(secrets.add(ref.getName())).as(r.name() + ": " + service.name() + " shares the Secret " + ref.getName()).isTrue();
        }
        assertThat(Workloads.container(r.get("Deployment", "gateway").as(Deployment.class)).getEnv())
                .as(r.name() + ": the gateway calls no service over gRPC").noneMatch(e -> e.getName().equals("FORGELINE_SERVICE_SECRET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void configuration_uses_only_names_the_services_read(Rendering r) {
        Set<String> known = Launcher.knownConfigNames();
        assertThat(known).contains("FORGELINE_DB_HOST", "FORGELINE_KAFKA_BOOTSTRAP", "FORGELINE_KEYCLOAK_URL", "FORGELINE_OTEL_ENDPOINT",
                "FORGELINE_WAREHOUSE_PORT", "FORGELINE_SUPPLY_URL", "FORGELINE_BIND_HOST", "FORGELINE_SERVICE_SECRET");
        List<String> used = new ArrayList<>();
        r.ofKind("ConfigMap").forEach(c -> c.at("/data").fieldNames().forEachRemaining(used::add));
        r.deployments().forEach(d -> Workloads.container(d).getEnv().forEach(e -> used.add(e.getName())));
        assertThat(used).filteredOn(n -> n.startsWith("FORGELINE_")).as(r.name()).isNotEmpty().allSatisfy(n -> assertThat(known).contains(n));
        assertThat(used).as(r.name() + ": traces go to an OpenTelemetry collector").contains("FORGELINE_OTEL_ENDPOINT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void prometheus_scrapes_every_workload_on_its_management_port(Rendering r) {
        List<KubeObject> monitors = r.ofKind("ServiceMonitor");
        assertThat(monitors).allSatisfy(m -> {
            assertThat(m.at("/spec/endpoints/0/path").asText()).as(r.name() + ": " + m.id() + " path").isEqualTo("/q/metrics");
            assertThat(m.at("/spec/endpoints/0/port").asText()).as(r.name() + ": " + m.id() + " port").isEqualTo("management");
        });
        for (Launcher.Workload w : Launcher.workloads()) {
            Deployment d = r.get("Deployment", w.name()).as(Deployment.class);
            Map<String, String> annotations = d.getSpec().getTemplate().getMetadata().getAnnotations();
            boolean annotated = annotations != null && "true".equals(annotations.get("prometheus.io/scrape"));
            if (annotated) {
                assertThat(annotations).as(r.name() + ": " + w.name() + " scrape annotations")
                        .containsEntry("prometheus.io/path", "/q/metrics")
                        .containsEntry("prometheus.io/port", String.valueOf(w.management()));
            }
            boolean monitored = monitors.stream().anyMatch(m -> r.ofKind("Service").stream().map(o -> o.as(Service.class))
                    .anyMatch(s -> selects(m, s) && w.name().equals(s.getSpec().getSelector().get("app.kubernetes.io/name"))
                            && s.getSpec().getPorts().stream().anyMatch(p -> "management".equals(p.getName())
                            && "management".equals(p.getTargetPort().getStrVal()))));
            assertThat(annotated || monitored).as(r.name() + ": " + w.name() + " is scraped").isTrue();
        }
    }

    private static boolean selects(KubeObject monitor, Service service) {
        Map<String, String> labels = service.getMetadata().getLabels();
        List<Map.Entry<String, JsonNode>> wanted = new ArrayList<>();
        monitor.at("/spec/selector/matchLabels").fields().forEachRemaining(wanted::add);
        return labels != null && !wanted.isEmpty() && wanted.stream().allMatch(e -> e.getValue().asText().equals(labels.get(e.getKey())));
    }
}
