package io.forgeline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether a Docker engine answers, so that tests can run their infrastructure in containers. */
@FunctionalInterface
public interface DockerProbe {

    /** Empty when an engine answers; otherwise why not, in words for the log. */
    Optional<String> whyUnreachable();

    /**
     * This machine: without any sign of an engine (DOCKER_HOST, a docker.sock where Docker, rootless Docker or
     * Docker Desktop put it, docker.host in ~/.testcontainers.properties) Testcontainers is not even loaded, as
     * its own search logs errors on every machine without Docker; otherwise Testcontainers asks the engine.
     */
    static DockerProbe ofThisMachine() {
        return () -> {
            List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                    Path.of(System.getProperty("user.home"), ".docker/run/docker.sock")));
            String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
            if (runtimeDir != null) {
                sockets.add(Path.of(runtimeDir, "docker.sock"));
            }
            boolean hinted = System.getenv("DOCKER_HOST") != null
                    || sockets.stream().anyMatch(Files::exists)
                    || testcontainersConfigNamesAHost();
            if (!hinted) {
                return Optional.of("DOCKER_HOST is unset and there is no docker.sock in " + sockets);
            }
            return Containers.dockerAvailable() ? Optional.empty()
                    : Optional.of("Testcontainers found no working Docker environment (see its log above)");
        };
    }

    private static boolean testcontainersConfigNamesAHost() {
        Path config = Path.of(System.getProperty("user.home"), ".testcontainers.properties");
        try {
            return Files.exists(config) && Files.readString(config).contains("docker.host");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
