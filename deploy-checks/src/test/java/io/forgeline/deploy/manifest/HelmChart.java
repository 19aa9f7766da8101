package io.forgeline.deploy.manifest;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.forgeline.deploy.project.Repo;

import java.nio.file.Path;
import java.util.Map;

/** helm/forgeline through helm-java, which runs Helm's own Go code in-process (no helm binary needed). */
public final class HelmChart {

    public static final String RELEASE = "forgeline";
    public static final String NAMESPACE = "forgeline";
    /** helm-java templates for Kubernetes 1.20 unless told; the chart needs 1.27 or newer. */
    public static final String KUBE_VERSION = "v1.31.0";

    private HelmChart() {
    }

    public static Path directory() {
        return Repo.path("helm/forgeline");
    }

    public static Path valuesFile(String name) {
        return directory().resolve(name);
    }

    /** {@code helm template} with the given values files (in order) and --set values; Helm's error propagates. */
    public static String template(Map<String, String> sets, Path... valuesFiles) {
        var command = new Helm(directory()).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        for (var set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    public static Rendering render(String name, Map<String, String> sets, Path... valuesFiles) {
        return new Rendering(name, StrictModel.parse(name, template(sets, valuesFiles)));
    }

    public static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }
}
