package io.forgeline.deploy.launcher;

import io.forgeline.deploy.project.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of bin/forgeline with a state directory of its own and every port moved to a free one, so a test
 * neither sees nor disturbs the PostgreSQL, Kafka, Keycloak and services that run on the default ports.
 */
final class LauncherRun {

    /** What a run printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    static final List<String> WORKLOADS = List.of("gateway", "scheduling", "execution", "quality", "warehouse", "supply");

    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();

    LauncherRun(Path home) {
        this.home = home;
        env.put("FORGELINE_HOME", home.toString());
        env.put("FORGELINE_DB_PORT", String.valueOf(freePort()));
        env.put("FORGELINE_KAFKA_PORT", String.valueOf(freePort()));
        env.put("FORGELINE_KAFKA_CONTROLLER_PORT", String.valueOf(freePort()));
        env.put("FORGELINE_KAFKA_BOOTSTRAP", "localhost:" + env.get("FORGELINE_KAFKA_PORT"));
        env.put("FORGELINE_KEYCLOAK_PORT", String.valueOf(freePort()));
        env.put("FORGELINE_KEYCLOAK_URL", "http://localhost:" + env.get("FORGELINE_KEYCLOAK_PORT"));
        for (String name : WORKLOADS) {
            env.put("FORGELINE_" + name.toUpperCase() + "_PORT", String.valueOf(freePort()));
            env.put("FORGELINE_" + name.toUpperCase() + "_MANAGEMENT_PORT", String.valueOf(freePort()));
        }
    }

    LauncherRun with(String name, String value) {
        env.put(name, value);
        return this;
    }

    String get(String name) {
        return env.get(name);
    }

    Path home() {
        return home;
    }

    Path pidFile(String part) {
        return home.resolve("run").resolve(part + ".pid");
    }

    Result run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Repo.path("bin/forgeline").toString());
        command.addAll(List.of(arguments));
        return execute(command, String.join(" ", arguments));
    }

    /** A bash script with the launcher's parts sourced (ROOT set as bin/forgeline sets it), to ask one of its functions. */
    Result source(String script) {
        String prelude = "set -euo pipefail; ROOT='" + Repo.root() + "'; for part in common postgres kafka keycloak services; do . \"$ROOT/infra/launcher/$part.sh\"; done; ";
        return execute(List.of("bash", "-c", prelude + script), script);
    }

    private Result execute(List<String> command, String what) {
        try {
            Path out = Files.createTempFile(home, "stdout", ".txt");
            Path err = Files.createTempFile(home, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            // the caller's FORGELINE_* settings (a developer's, CI's) must not leak into the run
            builder.environment().keySet().removeIf(k -> k.startsWith("FORGELINE_"));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(what + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
