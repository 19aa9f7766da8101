package io.forgeline.deploy.manifest;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a Deployment's (single) container is given: its ports, its environment, the Secrets it reads. */
public final class Workloads {

    private Workloads() {
    }

    public static Container container(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    public static List<ContainerPort> ports(Deployment d) {
        return Objects.requireNonNullElse(container(d).getPorts(), List.of());
    }

    public static Optional<ContainerPort> port(Deployment d, String name) {
        return ports(d).stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /** The container's own env entries that have a literal value. */
    public static Map<String, String> env(Deployment d) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : Objects.requireNonNullElse(container(d).getEnv(), List.<EnvVar>of())) {
            if (e.getValue() != null) {
                env.put(e.getName(), e.getValue());
            }
        }
        return env;
    }

    /** The literal environment the process sees: every ConfigMap it takes whole (envFrom), then its own env. */
    public static Map<String, String> environment(Rendering r, Deployment d) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource from : Objects.requireNonNullElse(container(d).getEnvFrom(), List.<EnvFromSource>of())) {
            if (from.getConfigMapRef() != null) {
                ConfigMap map = r.get("ConfigMap", from.getConfigMapRef().getName()).as(ConfigMap.class);
                environment.putAll(Objects.requireNonNullElse(map.getData(), Map.of()));
            }
        }
        environment.putAll(env(d));
        return environment;
    }

    /** Where a variable comes from when it must come from a Secret; fails for a literal or a missing variable. */
    public static SecretKeySelector secretRef(Deployment d, String name) {
        EnvVar e = Objects.requireNonNullElse(container(d).getEnv(), List.<EnvVar>of()).stream()
                .filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no " + name));
        if (e.getValue() != null || e.getValueFrom() == null || e.getValueFrom().getSecretKeyRef() == null) {
            throw new AssertionError(d.getMetadata().getName() + " " + name + " does not come from a Secret");
        }
        return e.getValueFrom().getSecretKeyRef();
    }
}
