package io.forgeline.testing;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the infrastructure for tests listens, and the means to make sure it runs: in containers when a
 * Docker engine is reachable, as the launcher's local processes otherwise ({@link InfrastructureChoice}),
 * chosen once per JVM and logged.
 */
public final class LocalStack {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());
    private static final Set<String> FRESH_DATABASES = new HashSet<>();
    private static Infrastructure infrastructure;

    private LocalStack() {
    }

    private static synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            String requested = System.getProperty("forgeline.test.infra", System.getenv(InfrastructureChoice.SETTING));
            InfrastructureChoice.Decision decision = InfrastructureChoice.decide(requested, DockerProbe.ofThisMachine());
            LOG.log(Level.INFO, "test infrastructure: {0}", decision);
            infrastructure = decision.kind() == InfrastructureChoice.Kind.CONTAINERS
                    ? new Containers(projectRoot()) : new LocalProcesses(projectRoot());
        }
        return infrastructure;
    }

    /** Whether this JVM's infrastructure runs in containers (their addresses are known only once they run). */
    public static boolean usesContainers() {
        return infrastructure() instanceof Containers;
    }

    public static String dbHost() { return infrastructure().dbHost(); }
    public static int dbPort() { return infrastructure().dbPort(); }
    public static String dbUser() { return infrastructure().dbUser(); }
    public static String dbPassword() { return infrastructure().dbPassword(); }
    public static String kafkaBootstrap() { return infrastructure().kafkaBootstrap(); }
    public static String keycloakUrl() { return infrastructure().keycloakUrl(); }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/forgeline";
    }

    /** Starts whatever part of the infrastructure does not run yet. */
    public static void ensureRunning() {
        infrastructure().ensureRunning();
    }

    /**
     * This checkout's copy of a test database ({@link Checkout#database}), dropped and recreated the first
     * time this JVM asks for it, so every test run starts from the migrations alone. Returns its name.
     */
    public static synchronized String freshDatabase(String name) {
        String database = Checkout.database(name);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a safe database name: " + database);
        }
        if (!FRESH_DATABASES.add(database)) {
            return database;
        }
        String url = jdbcUrl("postgres");
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + database + " at " + url, e);
        }
        return database;
    }

    /**
     * Runs statements as the cluster's owner against {@code database}: "postgres" (to rename or lock one out),
     * or a test database by the name the test gave its resource (this checkout's copy is used).
     */
    public static void sql(String database, String... statements) {
        String url = jdbcUrl(database);
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + String.join("; ", statements) + " on " + database, e);
        }
    }

    /** The first column of the first row of a query against {@code database} (as for sql), as a long (a count, say). */
    public static long count(String database, String query) {
        String url = jdbcUrl(database);
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + query + " on " + database, e);
        }
    }

    /** "postgres" as it is; a test database as this checkout's copy ({@link Checkout#database}). */
    private static String jdbcUrl(String database) {
        String name = database.equals("postgres") ? database : Checkout.database(database);
        return "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/" + name;
    }

    /** The checkout this test runs in: the nearest folder above the working directory with bin/forgeline. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isExecutable(candidate.resolve("bin/forgeline"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no bin/forgeline above " + dir);
    }

    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Duration.ofMillis(500).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
