package io.forgeline.deploy.policy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.manifest.Workloads;
import io.forgeline.deploy.project.Launcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test runs once per rendering; a failure names the rendering and the object. */
class WorkloadPolicyTest {

    static List<Rendering> renderings() {
        return Renderings.all();
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    static Map<String, String> podLabels(Deployment d) {
        return d.getSpec().getTemplate().getMetadata().getLabels();
    }

    static PodSpec pod(Deployment d) {
        return d.getSpec().getTemplate().getSpec();
    }

    static String where(Rendering r, Deployment d) {
        return r.name() + ": Deployment/" + d.getMetadata().getName();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_workload_has_startup_liveness_and_readiness_probes_on_the_quarkus_health_endpoints_of_its_management_port(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            int management = Launcher.workload(d.getMetadata().getName()).management();
            assertProbe(where(r, d) + " startupProbe", c, c.getStartupProbe(), "/q/health/started", management);
            assertProbe(where(r, d) + " livenessProbe", c, c.getLivenessProbe(), "/q/health/live", management);
            assertProbe(where(r, d) + " readinessProbe", c, c.getReadinessProbe(), "/q/health/ready", management);
        }));
    }

    private static void assertProbe(String what, Container container, Probe probe, String path, int management) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet()).as(what + " httpGet").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        assertThat(portNumber(container, probe.getHttpGet().getPort())).as(what + " port (health answers only on the management interface)")
                .isEqualTo(management);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void no_service_that_the_ingress_or_another_workload_reaches_exposes_a_management_port(Rendering r) {
        Set<String> reached = new TreeSet<>();
        for (KubeObject ingress : r.ofKind("Ingress")) {
            ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(path -> reached.add(path.at("/backend/service/name").asText())));
        }
        for (KubeObject route : r.ofKind("HTTPRoute")) {
            route.at("/spec/rules").forEach(rule -> rule.path("backendRefs").forEach(ref -> reached.add(ref.path("name").asText())));
        }
        for (Deployment d : r.deployments()) {
            Workloads.env(d).forEach((name, value) -> {
                if (name.matches("FORGELINE_[A-Z]+_(URL|HOST)")) {
                    reached.add(value.replaceFirst("^https?://", "").replaceFirst("[:/].*$", ""));
                }
            });
        }
        assertThat(reached).as(r.name() + ": Services the ingress and the workloads reach").contains("gateway", "warehouse", "supply");
        for (String name : reached) {
            Service service = r.get("Service", name).as(Service.class);
            Deployment target = r.deployments().stream().filter(d -> selects(service.getSpec().getSelector(), podLabels(d))).findFirst().orElseThrow();
            int management = Launcher.workload(target.getMetadata().getName()).management();
            assertThat(service.getSpec().getPorts()).as(r.name() + ": Service/" + name + " exposes the management port")
                    .noneMatch(p -> portNumber(pod(target).getContainers().get(0), p.getTargetPort()) == management);
        }
        assertThat(r.ofKind("Service")).allSatisfy(o -> {
            Service service = o.as(Service.class);
            boolean management = service.getSpec().getPorts().stream().anyMatch(p -> "management".equals(p.getName()));
            if (management) {
                assertThat(service.getSpec().getClusterIP()).as(r.name() + ": " + o.id() + " is headless: Prometheus finds the pods, nothing balances on it")
                        .isEqualTo("None");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_container_requests_and_limits_cpu_and_memory(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            assertThat(c.getResources()).as(where(r, d) + " resources").isNotNull();
            assertThat(c.getResources().getRequests()).as(where(r, d) + " requests").containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(where(r, d) + " limits").containsKeys("cpu", "memory");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_container_runs_as_non_root_on_a_read_only_root_filesystem_without_privileges(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            assertThat(pod(d).getSecurityContext().getRunAsNonRoot()).as(where(r, d) + " pod runAsNonRoot").isTrue();
            assertThat(pod(d).getSecurityContext().getSeccompProfile().getType()).as(where(r, d) + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod(d).getAutomountServiceAccountToken()).as(where(r, d) + " automountServiceAccountToken").isFalse();
            assertThat(pod(d).getContainers()).allSatisfy(c -> {
                var sc = c.getSecurityContext();
                assertThat(sc).as(where(r, d) + " container securityContext").isNotNull();
                assertThat(sc.getRunAsNonRoot()).as(where(r, d) + " runAsNonRoot").isTrue();
                assertThat(sc.getReadOnlyRootFilesystem()).as(where(r, d) + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.getAllowPrivilegeEscalation()).as(where(r, d) + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.getPrivileged()).as(where(r, d) + " privileged").isNotEqualTo(Boolean.TRUE);
                assertThat(sc.getCapabilities().getDrop()).as(where(r, d) + " capabilities.drop").contains("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(where(r, d) + " capabilities.add").isNullOrEmpty();
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void a_read_only_root_filesystem_still_leaves_quarkus_a_writable_tmp(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            var tmp = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst();
            assertThat(tmp).as(where(r, d) + " mounts /tmp").isPresent();
            assertThat(tmp.get().getReadOnly()).as(where(r, d) + " /tmp read-only").isNotEqualTo(Boolean.TRUE);
            assertThat(pod(d).getVolumes()).as(where(r, d) + " /tmp volume")
                    .anySatisfy(v -> {
                        assertThat(v.getName()).isEqualTo(tmp.get().getName());
                        assertThat(v.getEmptyDir()).isNotNull();
                    });
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_workload_has_a_disruption_budget_that_selects_its_pods(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            List<PodDisruptionBudget> budgets = r.ofKind("PodDisruptionBudget").stream().map(o -> o.as(PodDisruptionBudget.class))
                    .filter(p -> selects(p.getSpec().getSelector().getMatchLabels(), podLabels(d))).toList();
            assertThat(budgets).as(where(r, d) + " PodDisruptionBudget").hasSize(1);
            PodDisruptionBudget budget = budgets.get(0);
            assertThat(budget.getSpec().getMaxUnavailable() != null || budget.getSpec().getMinAvailable() != null)
                    .as(where(r, d) + " budget sets maxUnavailable or minAvailable").isTrue();
        });
        assertThat(r.ofKind("PodDisruptionBudget")).as("every budget selects a workload").allSatisfy(o ->
                assertThat(r.deployments()).anySatisfy(d ->
                        assertThat(selects(o.as(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(), podLabels(d))).isTrue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_workload_is_autoscaled_on_cpu_or_by_keda_within_sane_bounds(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            String name = d.getMetadata().getName();
            Optional<HorizontalPodAutoscaler> hpa = r.ofKind("HorizontalPodAutoscaler").stream().map(o -> o.as(HorizontalPodAutoscaler.class))
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment") && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .findFirst();
            Optional<KubeObject> scaled = r.ofKind("ScaledObject").stream()
                    .filter(s -> s.at("/spec/scaleTargetRef/name").asText().equals(name)).findFirst();
            assertThat(hpa.isPresent() ^ scaled.isPresent()).as(where(r, d) + " has exactly one autoscaler (HPA or KEDA)").isTrue();
            if (hpa.isPresent()) {
                var spec = hpa.get().getSpec();
                assertThat(spec.getMetrics()).as(where(r, d) + " HPA metrics")
                        .anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
                assertThat(spec.getMinReplicas()).as(where(r, d) + " minReplicas").isPositive().isLessThanOrEqualTo(spec.getMaxReplicas());
                assertThat(d.getSpec().getReplicas()).as(where(r, d) + " replicas within the HPA's range")
                        .isBetween(spec.getMinReplicas(), spec.getMaxReplicas());
            } else {
                assertThat(scaled.get().at("/spec/minReplicaCount").asInt())
                        .isPositive().isLessThanOrEqualTo(scaled.get().at("/spec/maxReplicaCount").asInt());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_workload_spreads_over_zones(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d ->
                assertThat(pod(d).getTopologySpreadConstraints()).as(where(r, d) + " topologySpreadConstraints")
                        .anySatisfy(t -> {
                            assertThat(t.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
                            assertThat(selects(t.getLabelSelector().getMatchLabels(), podLabels(d))).isTrue();
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_image_has_a_pinned_tag_and_none_is_latest(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            String image = c.getImage();
            String tag = image.contains("@") ? null : image.substring(image.lastIndexOf('/') + 1).contains(":")
                    ? image.substring(image.lastIndexOf(':') + 1) : null;
            assertThat(image.contains("@sha256:") || tag != null).as(where(r, d) + " image " + image + " names a tag or digest").isTrue();
            assertThat(tag).as(where(r, d) + " image " + image).isNotEqualTo("latest");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void no_secret_is_written_in_plain_text(Rendering r) {
        assertThat(r.ofKind("Secret")).as(r.name() + ": Secrets come from the platform, never from the chart or the overlays").isEmpty();
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            for (EnvVar env : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                if (env.getName().matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY).*")) {
                    assertThat(env.getValue()).as(where(r, d) + " " + env.getName() + " has a literal value").isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(where(r, d) + " " + env.getName() + " comes from a Secret").isNotNull();
                }
            }
        }));
        assertThat(r.ofKind("ConfigMap")).allSatisfy(o -> assertThat(o.at("/data").fieldNames()).toIterable()
                .as(r.name() + ": " + o.id() + " keys").noneMatch(k -> k.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*")));
        assertThat(r.ofKind("KeycloakRealmImport")).allSatisfy(o -> {
            String realm = o.at("/spec/realm").toString();
            assertThat(realm).as(r.name() + ": the realm import carries no passwords or credentials")
                    .doesNotContain("\"password\"").doesNotContain("\"credentials\"");
            assertThat(o.at("/spec/realm/users")).as(r.name() + ": the realm import's only users are service accounts, no people")
                    .allSatisfy(user -> assertThat(user.path("serviceAccountClientId").asText()).isNotEmpty());
            assertThat(o.at("/spec/realm/clients")).filteredOn(client -> client.has("secret"))
                    .as(r.name() + ": a client secret in the realm import is a placeholder the operator fills from a Secret")
                    .allSatisfy(client -> {
                        String placeholder = client.path("secret").asText().replaceFirst("^\\$\\{(\\w+)}$", "$1");
                        assertThat(placeholder).as(client.path("clientId").asText() + " secret").matches("\\w+")
                                .isNotEqualTo(client.path("secret").asText());
                        assertThat(o.at("/spec/placeholders/" + placeholder + "/secret/name").asText()).as(placeholder + " Secret").isNotEmpty();
                    });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_service_database_password_comes_from_that_services_own_secret(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            String name = d.getMetadata().getName();
            Optional<EnvVar> password = pod(d).getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("FORGELINE_DB_PASSWORD")).findFirst();
            if (name.equals("gateway")) {
                assertThat(password).as(where(r, d) + " the gateway has no database").isEmpty();
            } else {
                assertThat(password).as(where(r, d) + " FORGELINE_DB_PASSWORD").isPresent();
                assertThat(password.get().getValueFrom().getSecretKeyRef().getName()).isEqualTo("forgeline-db-" + name);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void deployment_selectors_match_their_own_pod_labels_and_no_other_workloads(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            Map<String, String> selector = d.getSpec().getSelector().getMatchLabels();
            assertThat(selects(selector, podLabels(d))).as(where(r, d) + " selector " + selector + " matches its pods").isTrue();
            assertThat(r.deployments()).filteredOn(other -> other != d && selects(selector, podLabels(other)))
                    .as(where(r, d) + " selector matches other workloads' pods").isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_service_selects_exactly_one_workload_and_targets_ports_its_container_declares(Rendering r) {
        assertThat(r.ofKind("Service")).isNotEmpty().allSatisfy(o -> {
            Service service = o.as(Service.class);
            List<Deployment> selected = r.deployments().stream().filter(d -> selects(service.getSpec().getSelector(), podLabels(d))).toList();
            assertThat(selected).as(r.name() + ": " + o.id() + " selects one workload").hasSize(1);
            Container container = pod(selected.get(0)).getContainers().get(0);
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(declares(container, port.getTargetPort())).as(r.name() + ": " + o.id() + " targetPort " + port.getTargetPort().getValue()).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_port_a_probe_names_exists_on_the_container(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> assertThat(pod(d).getContainers()).allSatisfy(c -> {
            for (Probe probe : java.util.stream.Stream.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe()).filter(Objects::nonNull).toList()) {
                assertThat(declares(c, probe.getHttpGet().getPort())).as(where(r, d) + " probe port " + probe.getHttpGet().getPort().getValue()).isTrue();
            }
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void every_autoscaler_and_route_points_at_something_that_exists(Rendering r) {
        assertThat(r.ofKind("HorizontalPodAutoscaler")).allSatisfy(o ->
                assertThat(r.find("Deployment", o.as(HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef().getName()))
                        .as(r.name() + ": " + o.id() + " target").isPresent());
        for (KubeObject ingress : r.ofKind("Ingress")) {
            var backend = ingress.at("/spec/rules/0/http/paths/0/backend/service");
            Service service = r.get("Service", backend.path("name").asText()).as(Service.class);
            assertThat(service.getSpec().getPorts()).as(r.name() + ": " + ingress.id() + " backend port")
                    .anySatisfy(p -> assertThat(p.getName()).isEqualTo(backend.at("/port/name").asText()));
        }
        for (KubeObject route : r.ofKind("HTTPRoute")) {
            var backend = route.at("/spec/rules/0/backendRefs/0");
            Service service = r.get("Service", backend.path("name").asText()).as(Service.class);
            assertThat(service.getSpec().getPorts()).as(r.name() + ": " + route.id() + " backend port")
                    .anySatisfy(p -> assertThat(p.getPort()).isEqualTo(backend.path("port").asInt()));
        }
    }

    /** The container port a Service's targetPort or a probe's port means: a number, or the number of a named port (-1: none). */
    private static int portNumber(Container container, IntOrString port) {
        if (port.getStrVal() == null) {
            return port.getIntVal();
        }
        return Objects.requireNonNullElse(container.getPorts(), List.<ContainerPort>of()).stream()
                .filter(p -> port.getStrVal().equals(p.getName())).mapToInt(ContainerPort::getContainerPort).findFirst().orElse(-1);
    }

    private static boolean declares(Container container, IntOrString port) {
        List<ContainerPort> ports = Objects.requireNonNullElse(container.getPorts(), List.of());
        if (port.getStrVal() != null) {
            return ports.stream().anyMatch(p -> port.getStrVal().equals(p.getName()));
        }
        return ports.stream().anyMatch(p -> port.getIntVal().equals(p.getContainerPort()));
    }
}
