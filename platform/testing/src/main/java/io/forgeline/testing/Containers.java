package io.forgeline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The infrastructure in containers (Testcontainers), for machines with a Docker engine: PostgreSQL 15,
 * Kafka and Keycloak at the versions the launcher runs (infra/launcher/common.sh), Keycloak importing the
 * same realm file. Started once per test JVM and removed when it exits (Testcontainers' Ryuk); with
 * {@code testcontainers.reuse.enable=true} in ~/.testcontainers.properties they outlive the JVM and the
 * next build reuses them.
 */
final class Containers implements Infrastructure {

    private static final String USER = "forgeline";
    private static final String PASSWORD = "forgeline";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final GenericContainer<?> keycloak;
    private boolean started;

    Containers(Path root) {
        String launcher = read(root.resolve("infra/launcher/common.sh"));
        postgres = new PostgreSQLContainer("postgres:15")
                .withUsername(USER).withPassword(PASSWORD).withDatabaseName("postgres")
                // a database per service and per test class, as on the local cluster
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off")
                .withReuse(true);
        kafka = new KafkaContainer("apache/kafka:" + version(launcher, "KAFKA"))
                // as the local broker: three partitions, topics appear on first use
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withReuse(true);
        keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:" + version(launcher, "KEYCLOAK"))
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("infra/keycloak/forgeline-realm.json")),
                        "/opt/keycloak/data/import/forgeline-realm.json")
                .withCommand("start-dev", "--import-realm", "--health-enabled=false", "--metrics-enabled=false")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/forgeline/.well-known/openid-configuration").forPort(8080)
                        .withStartupTimeout(Duration.ofMinutes(4)))
                .withReuse(true);
    }

    /** Asks Testcontainers, which tries every way it knows to reach an engine. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    public synchronized void ensureRunning() {
        if (!started) {
            Startables.deepStart(postgres, kafka, keycloak).join();
            started = true;
        }
    }

    @Override
    public String dbHost() {
        ensureRunning();
        return postgres.getHost();
    }

    @Override
    public int dbPort() {
        ensureRunning();
        return postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public String dbUser() { return USER; }

    @Override
    public String dbPassword() { return PASSWORD; }

    @Override
    public String kafkaBootstrap() {
        ensureRunning();
        return kafka.getBootstrapServers();
    }

    @Override
    public String keycloakUrl() {
        ensureRunning();
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080);
    }

    /** KAFKA_VERSION=4.2.2 in common.sh: one place says which versions the project runs. */
    static String version(String launcher, String product) {
        Matcher m = Pattern.compile("^" + product + "_VERSION=(\\S+)$", Pattern.MULTILINE).matcher(launcher);
        if (!m.find()) {
            throw new IllegalStateException("infra/launcher/common.sh sets no " + product + "_VERSION");
        }
        return m.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
