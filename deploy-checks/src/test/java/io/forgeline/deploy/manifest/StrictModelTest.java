package io.forgeline.deploy.manifest;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: warehouse
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: warehouse
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: warehouse
                spec:
                  containers:
                    - name: warehouse
                      image: ghcr.io/forgeline/warehouse:0.1.0
            """;

    @Test
    void a_well_formed_deployment_reads_into_the_typed_model() {
        var objects = StrictModel.parse("test", "---\n" + DEPLOYMENT + "---\n");

        assertThat(objects).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("Deployment/warehouse");
            assertThat(o.as(Deployment.class).getSpec().getReplicas()).isEqualTo(2);
        });
    }

    @Test
    void a_misspelt_field_is_reported_with_its_name_instead_of_being_kept_aside() {
        String misspelt = DEPLOYMENT.replace("          image: ", "          imagePullPolice: Always\n          image: ");

        assertThatThrownBy(() -> StrictModel.parse("test", misspelt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Deployment warehouse")
                .hasMessageContaining("imagePullPolice");
    }

    @Test
    void a_string_where_kubernetes_wants_a_number_is_refused() {
        String quoted = DEPLOYMENT.replace("replicas: 2", "replicas: \"2\"");

        assertThatThrownBy(() -> StrictModel.parse("test", quoted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not fit the Kubernetes model");
    }

    @Test
    void a_number_where_kubernetes_wants_a_string_is_refused() {
        String env = DEPLOYMENT.replace("          image: ghcr.io/forgeline/warehouse:0.1.0",
                "          image: ghcr.io/forgeline/warehouse:0.1.0\n"
                        + "          env:\n"
                        + "            - name: FORGELINE_WAREHOUSE_PORT\n"
                        + "              value: 8084");

        assertThatThrownBy(() -> StrictModel.parse("test", env))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not fit the Kubernetes model");
    }

    @Test
    void an_operator_resource_without_its_required_fields_is_refused() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: supply.purchase-orders.v1
                  labels:
                    strimzi.io/cluster: forgeline
                spec:
                  topicName: supply.purchase-orders.v1
                  replicas: 3
                  config:
                    min.insync.replicas: 2
                """;

        assertThatThrownBy(() -> StrictModel.parse("test", topic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/spec/partitions");
    }

    @Test
    void a_kind_nobody_checks_is_refused_rather_than_waved_through() {
        String unknown = """
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                """;

        assertThatThrownBy(() -> StrictModel.parse("test", unknown))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("example.com/v1/Widget");
    }
}
