package io.forgeline.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where the local infrastructure listens, and the means to make sure it runs. Addresses come from the
 * same FORGELINE_* variables the launcher and the services read, with the same defaults.
 */
public final class LocalStack {

    private static final Set<String> FRESH_DATABASES = new HashSet<>();

    private LocalStack() {
    }

    public static String dbHost() { return env("FORGELINE_DB_HOST", "localhost"); }
    public static int dbPort() { return Integer.parseInt(env("FORGELINE_DB_PORT", "54329")); }
    public static String dbUser() { return env("FORGELINE_DB_USER", "forgeline"); }
    public static String dbPassword() { return env("FORGELINE_DB_PASSWORD", "forgeline"); }
    public static String kafkaBootstrap() { return env("FORGELINE_KAFKA_BOOTSTRAP", "localhost:19092"); }
    public static String keycloakUrl() { return env("FORGELINE_KEYCLOAK_URL", "http://localhost:18080"); }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/forgeline";
    }

    /** Starts whatever part of the infrastructure is not answering, through {@code bin/forgeline infra}. */
    public static synchronized void ensureRunning() {
        if (answers(dbHost(), dbPort()) && answers(kafkaHost(), kafkaPort()) && keycloakAnswers()) {
            return;
        }
        Path launcher = projectRoot().resolve("bin/forgeline");
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

    /**
     * Drops and recreates a test database the first time this JVM asks for it, so every test run starts
     * from the migrations alone.
     */
    public static synchronized void freshDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        if (!FRESH_DATABASES.add(name)) {
            return;
        }
        String url = "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + name + " at " + url, e);
        }
    }

    /** Runs statements as the cluster's owner against {@code database} (e.g. "postgres" to rename or lock one out). */
    public static void sql(String database, String... statements) {
        String url = "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + String.join("; ", statements) + " on " + database, e);
        }
    }

    /** The first column of the first row of a query against {@code database}, as a long (a count, say). */
    public static long count(String database, String query) {
        String url = "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, dbUser(), dbPassword());
             var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + query + " on " + database, e);
        }
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

    private static boolean keycloakAnswers() {
        java.net.URI uri = java.net.URI.create(keycloakUrl());
        return answers(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
    }

    private static String kafkaHost() {
        return kafkaBootstrap().split(",")[0].split(":")[0];
    }

    private static int kafkaPort() {
        return Integer.parseInt(kafkaBootstrap().split(",")[0].split(":")[1]);
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
