package io.forgeline.deploy.helm;

import io.forgeline.deploy.manifest.HelmChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** values.schema.json (and the templates' own guards) refuse bad values before anything is rendered. */
class ValuesSchemaTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments("a mutable 'latest' image tag", Map.of("image.tag", "latest"), "tag"),
                arguments("a 'latest' tag for one service", Map.of("services.gateway.image.tag", "latest"), "tag"),
                arguments("zero replicas", Map.of("services.execution.replicas", "0"), "replicas"),
                arguments("replicas that are not a number", Map.of("workloadDefaults.replicas", "three"), "replicas"),
                arguments("a misspelt key", Map.of("servics.gateway.replicas", "2"), "servics"),
                arguments("a service the suite does not have", Map.of("services.billing.replicas", "2"), "billing"),
                arguments("memory without a unit the cluster understands", Map.of("workloadDefaults.resources.limits.memory", "lots"), "memory"),
                arguments("fewer than three Kafka brokers for replication 3", Map.of("kafka.replicas", "1"), "replicas"),
                arguments("an external Kafka without its address", Map.of("kafka.operator", "false"), "bootstrapServers"),
                arguments("an external PostgreSQL without its host", Map.of("postgresql.operator", "false"), "host"),
                arguments("an external Keycloak without its URL", Map.of("keycloak.operator", "false"), "url"),
                arguments("backups without a destination", Map.of("postgresql.backup.enabled", "true"), "destinationPath"),
                arguments("an HTTPRoute attached to no gateway", Map.of("httpRoute.enabled", "true"), "parentRefs"),
                arguments("a host that is not a DNS name", Map.of("host", "Forgeline Plant"), "host"),
                arguments("a zone spread Kubernetes does not know", Map.of("workloadDefaults.zoneSpread", "Sometimes"), "zoneSpread"));
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("badValues")
    void templating_with_a_bad_value_fails_and_names_it(String what, Map<String, String> sets, String named) {
        assertThatThrownBy(() -> HelmChart.template(sets))
                .as(what)
                .hasMessageContaining(named);
    }
}
