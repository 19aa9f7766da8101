package io.forgeline.deploy.manifest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** {@code kubectl kustomize}, from whatever kubectl is on PATH (kustomize v2 in kubectl 1.20 up to v5). */
public final class Kubectl {

    static final String MISSING = "kubectl is not on PATH, and `kubectl kustomize` is what builds k8s/overlays. "
            + "Install it: on Debian `apt-get install kubernetes-client` (CI: .ci/run does), or any kubectl 1.14 or newer.";

    private Kubectl() {
    }

    public static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(MISSING));
    }

    public static String version() {
        return run(List.of(executable().toString(), "version", "--client")).out();
    }

    public static String kustomize(Path directory) {
        Result result = run(List.of(executable().toString(), "kustomize", directory.toString()));
        if (result.exit() != 0) {
            throw new AssertionError("kubectl kustomize " + directory + " failed (exit " + result.exit() + "):\n" + result.err());
        }
        return result.out();
    }

    public static Rendering render(String name, Path directory) {
        return new Rendering(name, StrictModel.parse(name, kustomize(directory)));
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("kubectl", ".out");
            Path err = Files.createTempFile("kubectl", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }
}
