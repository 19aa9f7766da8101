package io.forgeline.deploy.policy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import io.forgeline.deploy.project.Launcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.forgeline.deploy.policy.WorkloadPolicyTest.podLabels;
import static io.forgeline.deploy.policy.WorkloadPolicyTest.selects;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkPolicyTest {

    static List<Rendering> renderings() {
        return Renderings.all();
    }

    private static List<NetworkPolicy> policies(Rendering r) {
        return r.ofKind("NetworkPolicy").stream().map(o -> o.as(NetworkPolicy.class)).toList();
    }

    private static boolean appliesTo(NetworkPolicy p, Deployment d) {
        Map<String, String> labels = p.getSpec().getPodSelector().getMatchLabels();
        return labels == null || labels.isEmpty() || selects(labels, podLabels(d));
    }

    private static boolean isWorkload(LabelSelector selector, String name) {
        return selector != null && selector.getMatchLabels() != null && name.equals(selector.getMatchLabels().get("app.kubernetes.io/name"));
    }

    private static boolean isNamespace(LabelSelector selector, String namespace) {
        return selector != null && selector.getMatchLabels() != null
                && namespace.equals(selector.getMatchLabels().get("kubernetes.io/metadata.name"));
    }

    private static boolean allowsPort(List<NetworkPolicyPort> ports, int number, String name) {
        return ports != null && ports.stream().anyMatch(p -> p.getPort() != null
                && (Objects.equals(p.getPort().getIntVal(), number) || Objects.equals(p.getPort().getStrVal(), name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everything_in_the_namespace_is_denied_unless_a_policy_allows_it(Rendering r) {
        assertThat(policies(r)).as(r.name()).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    /** Whether every port a rule opens is one of the given ones (a rule without ports opens them all). */
    private static boolean opensOnly(List<NetworkPolicyPort> ports, int number, String name) {
        return ports != null && !ports.isEmpty() && ports.stream().allMatch(p -> p.getPort() != null
                && (Objects.equals(p.getPort().getIntVal(), number) || Objects.equals(p.getPort().getStrVal(), name)));
    }

    private static List<NetworkPolicyIngressRule> ingressRules(Rendering r, Deployment d) {
        return policies(r).stream().filter(p -> appliesTo(p, d))
                .flatMap(p -> Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void services_accept_the_gateway_and_for_warehouse_scheduling_on_their_http_port_and_nothing_else(Rendering r) {
        assertThat(r.deployments()).filteredOn(d -> !d.getMetadata().getName().equals("gateway")).isNotEmpty().allSatisfy(d -> {
            String name = d.getMetadata().getName();
            int http = Launcher.workload(name).http();
            int management = Launcher.workload(name).management();
            assertThat(ingressRules(r, d)).as(r.name() + ": " + name + " ingress rules").isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.getFrom()).as(r.name() + ": " + name + " allows from anywhere").isNotEmpty();
                assertThat(rule.getFrom()).allSatisfy((NetworkPolicyPeer peer) -> {
                    assertThat(peer.getIpBlock()).as(r.name() + ": " + name + " ipBlock peer").isNull();
                    boolean gateway = isWorkload(peer.getPodSelector(), "gateway") && peer.getNamespaceSelector() == null
                            && opensOnly(rule.getPorts(), http, "http");
                    // gRPC shares the HTTP port
                    boolean scheduling = name.equals("warehouse") && isWorkload(peer.getPodSelector(), "scheduling")
                            && peer.getNamespaceSelector() == null && opensOnly(rule.getPorts(), http, "http");
                    boolean prometheus = peer.getPodSelector() == null && isNamespace(peer.getNamespaceSelector(), "monitoring")
                            && opensOnly(rule.getPorts(), management, "management");
                    assertThat(gateway || scheduling || prometheus).as(r.name() + ": " + name + " admits " + peer + " on " + rule.getPorts()).isTrue();
                });
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void only_the_monitoring_namespace_reaches_a_management_port_and_only_that_port(Rendering r) {
        assertThat(r.deployments()).isNotEmpty().allSatisfy(d -> {
            String name = d.getMetadata().getName();
            int management = Launcher.workload(name).management();
            List<NetworkPolicyIngressRule> rules = ingressRules(r, d);
            assertThat(rules).as(r.name() + ": " + name + " admits Prometheus on its management port").anySatisfy(rule -> {
                assertThat(opensOnly(rule.getPorts(), management, "management")).isTrue();
                assertThat(rule.getFrom()).anySatisfy(peer -> assertThat(isNamespace(peer.getNamespaceSelector(), "monitoring")).isTrue());
            });
            assertThat(rules).as(r.name() + ": " + name + " rules opening its management port").allSatisfy(rule -> {
                boolean opensManagement = rule.getPorts() == null || rule.getPorts().isEmpty() || allowsPort(rule.getPorts(), management, "management");
                if (opensManagement) {
                    assertThat(rule.getFrom()).as(r.name() + ": " + name + " management port peers").isNotEmpty()
                            .allSatisfy(peer -> assertThat(peer.getPodSelector() == null && isNamespace(peer.getNamespaceSelector(), "monitoring")).isTrue());
                    assertThat(opensOnly(rule.getPorts(), management, "management")).as(r.name() + ": " + name + " monitoring reaches only management").isTrue();
                }
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void from_outside_the_namespace_only_the_gateway_takes_user_traffic(Rendering r) {
        Deployment gateway = r.deployments().stream().filter(d -> d.getMetadata().getName().equals("gateway")).findFirst().orElseThrow();
        assertThat(policies(r)).filteredOn(p -> appliesTo(p, gateway))
                .flatExtracting(p -> Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()))
                .as(r.name() + ": gateway ingress")
                .anySatisfy(rule -> assertThat(rule.getFrom()).anySatisfy(peer -> assertThat(isNamespace(peer.getNamespaceSelector(), "ingress-nginx")).isTrue()));
        assertThat(policies(r)).filteredOn(p -> appliesTo(p, gateway))
                .flatExtracting(p -> Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()))
                .filteredOn(rule -> rule.getFrom().stream().anyMatch(peer -> isNamespace(peer.getNamespaceSelector(), "ingress-nginx")))
                .as(r.name() + ": the ingress controller reaches the gateway's http port only")
                .allSatisfy(rule -> assertThat(opensOnly(rule.getPorts(), Launcher.workload("gateway").http(), "http")).isTrue());
        for (Deployment d : r.deployments()) {
            if (d == gateway) {
                continue;
            }
            assertThat(policies(r)).filteredOn(p -> appliesTo(p, d))
                    .flatExtracting(p -> Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()))
                    .flatExtracting(NetworkPolicyIngressRule::getFrom)
                    .as(r.name() + ": " + d.getMetadata().getName() + " is reachable from the ingress controller")
                    .noneMatch(peer -> isNamespace(peer.getNamespaceSelector(), "ingress-nginx"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void services_reach_postgresql_kafka_keycloak_and_only_scheduling_reaches_the_warehouse(Rendering r) {
        int warehouse = Launcher.workload("warehouse").http();
        assertThat(r.deployments()).filteredOn(d -> !d.getMetadata().getName().equals("gateway")).isNotEmpty().allSatisfy(d -> {
            String name = d.getMetadata().getName();
            List<NetworkPolicyEgressRule> rules = policies(r).stream().filter(p -> appliesTo(p, d))
                    .flatMap(p -> Objects.requireNonNullElse(p.getSpec().getEgress(), List.<NetworkPolicyEgressRule>of()).stream()).toList();
            assertThat(rules).as(r.name() + ": " + name + " egress to anywhere").allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
            assertThat(rules).as(r.name() + ": " + name + " reaches PostgreSQL").anySatisfy(rule -> {
                assertThat(allowsPort(rule.getPorts(), 5432, null)).isTrue();
                assertThat(rule.getTo()).anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels()).containsKey("cnpg.io/cluster"));
            });
            assertThat(rules).as(r.name() + ": " + name + " reaches Kafka").anySatisfy(rule -> {
                assertThat(allowsPort(rule.getPorts(), 9092, null)).isTrue();
                assertThat(rule.getTo()).anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels()).containsKey("strimzi.io/cluster"));
            });
            assertThat(rules).as(r.name() + ": " + name + " reaches Keycloak").anySatisfy(rule -> assertThat(allowsPort(rule.getPorts(), 8080, null)).isTrue());
            // gRPC shares the warehouse's HTTP port
            boolean reachesWarehouse = rules.stream().anyMatch(rule -> allowsPort(rule.getPorts(), warehouse, "http")
                    && rule.getTo().stream().anyMatch(peer -> isWorkload(peer.getPodSelector(), "warehouse")));
            assertThat(reachesWarehouse).as(r.name() + ": " + name + " reaches the warehouse's gRPC").isEqualTo(name.equals("scheduling"));
        });
    }
}
