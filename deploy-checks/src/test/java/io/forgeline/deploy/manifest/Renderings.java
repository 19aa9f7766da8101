package io.forgeline.deploy.manifest;

import io.forgeline.deploy.project.Repo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The renderings every policy holds for, each made once per test run: the chart with its default, dev and
 * prod values (and with its optional parts switched on), and both kustomize overlays.
 */
public final class Renderings {

    public static final String HELM_DEFAULT = "helm (values.yaml)";
    public static final String HELM_DEV = "helm (values-dev.yaml)";
    public static final String HELM_PROD = "helm (values-prod.yaml)";
    public static final String HELM_OPTIONS = "helm (keda, httpRoute, serviceMonitor)";
    public static final String KUSTOMIZE_DEV = "kustomize overlays/dev";
    public static final String KUSTOMIZE_PROD = "kustomize overlays/prod";

    /** The chart's optional parts, all on: KEDA ScaledObjects, an HTTPRoute beside the Ingress, ServiceMonitor, backups. */
    public static final Map<String, String> OPTIONS = Map.of(
            "keda.enabled", "true",
            "httpRoute.enabled", "true",
            "httpRoute.parentRefs[0].name", "plant-gateway",
            "httpRoute.parentRefs[0].namespace", "gateway-system",
            "metrics.serviceMonitor", "true",
            "postgresql.backup.enabled", "true",
            "postgresql.backup.destinationPath", "s3://backups/forgeline-pg");

    private static final Map<String, Rendering> CACHE = new ConcurrentHashMap<>();

    private Renderings() {
    }

    public static Rendering helmDefault() {
        return cached(HELM_DEFAULT, () -> HelmChart.render(HELM_DEFAULT, Map.of()));
    }

    public static Rendering helmDev() {
        return cached(HELM_DEV, () -> HelmChart.render(HELM_DEV, Map.of(), HelmChart.valuesFile("values-dev.yaml")));
    }

    public static Rendering helmProd() {
        return cached(HELM_PROD, () -> HelmChart.render(HELM_PROD, Map.of(), HelmChart.valuesFile("values-prod.yaml")));
    }

    public static Rendering helmOptions() {
        return cached(HELM_OPTIONS, () -> HelmChart.render(HELM_OPTIONS, OPTIONS));
    }

    public static Rendering kustomizeDev() {
        return cached(KUSTOMIZE_DEV, () -> Kubectl.render(KUSTOMIZE_DEV, Repo.path("k8s/overlays/dev")));
    }

    public static Rendering kustomizeProd() {
        return cached(KUSTOMIZE_PROD, () -> Kubectl.render(KUSTOMIZE_PROD, Repo.path("k8s/overlays/prod")));
    }

    public static Rendering kustomizeBase() {
        return cached("kustomize base", () -> Kubectl.render("kustomize base", Repo.path("k8s/base")));
    }

    /** What a platform team would apply: every policy test runs over each of these. */
    public static List<Rendering> all() {
        return List.of(helmDefault(), helmDev(), helmProd(), helmOptions(), kustomizeDev(), kustomizeProd());
    }

    private static Rendering cached(String name, Supplier<Rendering> render) {
        Rendering rendering = CACHE.get(name);
        if (rendering == null) {
            rendering = render.get();
            CACHE.put(name, rendering);
        }
        return rendering;
    }
}
