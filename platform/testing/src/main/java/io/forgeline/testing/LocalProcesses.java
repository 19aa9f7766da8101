package io.forgeline.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The infrastructure as local processes of the launcher, at the addresses the same FORGELINE_* variables
 * give the launcher and the services, with the same defaults. What does not answer is started through
 * {@code bin/forgeline infra up} (a test run from an IDE); under {@code bin/forgeline test} it already runs.
 */
final class LocalProcesses implements Infrastructure {

    private final Path root;

    LocalProcesses(Path root) {
        this.root = root;
    }

    @Override
    public String dbHost() { return env("FORGELINE_DB_HOST", "localhost"); }

    @Override
    public int dbPort() { return Integer.parseInt(env("FORGELINE_DB_PORT", "54329")); }

    @Override
    public String dbUser() { return env("FORGELINE_DB_USER", "forgeline"); }

    @Override
    public String dbPassword() { return env("FORGELINE_DB_PASSWORD", "forgeline"); }

    @Override
    public String kafkaBootstrap() { return env("FORGELINE_KAFKA_BOOTSTRAP", "localhost:19092"); }

    @Override
    public String keycloakUrl() { return env("FORGELINE_KEYCLOAK_URL", "http://localhost:18080"); }

    @Override
    public void ensureRunning() {
        URI keycloak = URI.create(keycloakUrl());
        String kafka = kafkaBootstrap().split(",")[0];
        if (LocalStack.answers(dbHost(), dbPort())
                && LocalStack.answers(kafka.substring(0, kafka.lastIndexOf(':')), Integer.parseInt(kafka.substring(kafka.lastIndexOf(':') + 1)))
                && LocalStack.answers(keycloak.getHost(), keycloak.getPort() < 0 ? 80 : keycloak.getPort())) {
            return;
        }
        Path launcher = root.resolve("bin/forgeline");
        try {
            Process process = new ProcessBuilder(launcher.toString(), "infra", "up").inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(launcher + " infra up failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + launcher, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local infrastructure", e);
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
