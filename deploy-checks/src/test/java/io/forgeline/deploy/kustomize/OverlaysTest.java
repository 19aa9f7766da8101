package io.forgeline.deploy.kustomize;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.forgeline.deploy.manifest.KubeObject;
import io.forgeline.deploy.manifest.Kubectl;
import io.forgeline.deploy.manifest.Rendering;
import io.forgeline.deploy.manifest.Renderings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverlaysTest {

    @Test
    void kubectl_is_there_to_build_the_overlays() {
        assertThat(Kubectl.executable()).isExecutable();
        assertThat(Kubectl.version()).contains("Client Version");
    }

    @Test
    void both_overlays_build_and_put_every_object_in_their_namespace() {
        assertNamespace(Renderings.kustomizeDev(), "forgeline-dev");
        assertNamespace(Renderings.kustomizeProd(), "forgeline");
    }

    @Test
    void the_dev_overlay_runs_one_replica_of_each_workload_with_the_demo_plant() {
        Rendering dev = Renderings.kustomizeDev();

        assertThat(dev.deployments()).hasSize(6).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.deployments()).allSatisfy(d ->
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).endsWith(":0.1.0-dev"));
        assertThat(configMap(dev).getData()).containsEntry("FORGELINE_DB_DEMO_DATA", "db/demo");
        assertThat(dev.get("Ingress", "gateway").as(Ingress.class).getSpec().getRules().get(0).getHost())
                .isEqualTo("forgeline-dev.example.com");
    }

    @Test
    void the_prod_overlay_runs_three_replicas_and_lets_execution_grow_to_its_twelve_partitions() {
        Rendering prod = Renderings.kustomizeProd();

        assertThat(prod.deployments()).hasSize(6).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3));
        assertThat(prod.get("HorizontalPodAutoscaler", "execution").as(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas())
                .isEqualTo(12);
        assertThat(configMap(prod).getData()).containsEntry("FORGELINE_DB_DEMO_DATA", "db/none");
        assertThat(prod.find("ScheduledBackup", "forgeline-pg-nightly")).isPresent();
        assertThat(prod.find("ServiceMonitor", "forgeline")).isPresent();
        assertThat(prod.get("Cluster", "forgeline-pg").at("/spec/backup/barmanObjectStore/destinationPath").asText()).startsWith("s3://");
    }

    @Test
    void a_changed_configuration_gets_a_new_config_map_name_so_pods_roll() {
        Rendering dev = Renderings.kustomizeDev();
        String name = configMap(dev).getMetadata().getName();

        assertThat(name).startsWith("forgeline-config-");
        assertThat(dev.deployments()).allSatisfy((Deployment d) ->
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom().get(0).getConfigMapRef().getName())
                        .isEqualTo(name));
    }

    private static ConfigMap configMap(Rendering rendering) {
        return rendering.ofKind("ConfigMap").stream().map(o -> o.as(ConfigMap.class))
                .filter(c -> c.getMetadata().getName().startsWith("forgeline-config"))
                .findFirst().orElseThrow(() -> new AssertionError(rendering + " has no forgeline-config ConfigMap"));
    }

    private static void assertNamespace(Rendering rendering, String namespace) {
        assertThat(rendering.objects()).as(rendering.name()).isNotEmpty()
                .allSatisfy((KubeObject o) -> assertThat(o.namespace()).as(o.id()).isEqualTo(namespace));
    }
}
