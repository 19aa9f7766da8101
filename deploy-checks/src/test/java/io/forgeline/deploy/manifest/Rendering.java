package io.forgeline.deploy.manifest;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.Optional;

/** The objects one tool produced from one set of inputs, e.g. "helm (values-prod.yaml)" or "kustomize overlays/dev". */
public record Rendering(String name, List<KubeObject> objects) {

    public List<KubeObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    public Optional<KubeObject> find(String kind, String name) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst();
    }

    public KubeObject get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + " renders no " + kind + "/" + name));
    }

    public List<Deployment> deployments() {
        return ofKind("Deployment").stream().map(o -> o.as(Deployment.class)).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
