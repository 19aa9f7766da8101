package io.forgeline.systemtests;

import io.forgeline.testing.Checkout;
import io.forgeline.testing.ConsumerGroups;
import io.forgeline.testing.LocalStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every service and the gateway as separate processes from their packaged quarkus-app, on free ports,
 * on fresh databases, exporting traces to an in-test OTLP receiver. Started once per test JVM.
 */
final class Suite {

    static final List<String> SERVICES = List.of("warehouse", "scheduling", "execution", "quality", "supply");

    private static Suite running;

    final OtlpReceiver traces;
    final Map<String, Integer> httpPorts = new LinkedHashMap<>();
    final Map<String, Integer> managementPorts = new HashMap<>();
    /** This checkout's database of each service (forgeline_st_<service>_<checkout id>). */
    final Map<String, String> databases = new HashMap<>();
    /** Replicas started besides the first process of a service: replica name → service. */
    private final Map<String, String> replicaOf = new HashMap<>();
    private final Map<String, Process> processes = new HashMap<>();
    private final Path root = LocalStack.projectRoot();
    private final Path logs = root.resolve("system-tests/target/processes");

    static synchronized Suite get() {
        if (running == null) {
            Suite suite = new Suite();
            // registered before anything starts, so a failed start leaves no process behind
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll));
            try {
                suite.startAll();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the suite", e);
            }
            running = suite;
        }
        return running;
    }

    private Suite() {
        try {
            traces = new OtlpReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the OTLP receiver", e);
        }
    }

    private void startAll() throws Exception {
        Files.createDirectories(logs);
        infrastructureUp();
        for (String service : SERVICES) {
            databases.put(service, LocalStack.freshDatabase("forgeline_st_" + service));
            // before any member runs: history on the shared broker, and what was published since this checkout's
            // last run, is not this suite's to consume (its databases are fresh)
            ConsumerGroups.startAtEndAfresh(group(service));
            httpPorts.put(service, freePort());
        }
        httpPorts.put("gateway", freePort());
        for (String name : httpPorts.keySet()) {
            managementPorts.put(name, freePort());
        }
        for (String name : httpPorts.keySet()) {
            start(name);
        }
        for (String name : httpPorts.keySet()) {
            awaitReady(name, Duration.ofSeconds(120));
        }
    }

    /**
     * {@code bin/forgeline infra up} rather than only checking ports: besides starting what is down, it applies
     * a changed realm file to a Keycloak that already runs, and the browser signs in from this suite's free
     * port, which an older realm refuses.
     */
    private void infrastructureUp() throws Exception {
        if (LocalStack.usesContainers()) {
            LocalStack.ensureRunning();
            return;
        }
        launcher("infra", "up");
    }

    /** Runs {@code bin/forgeline} with these arguments and waits for it; its output goes to infra.log. */
    void launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/forgeline").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("infra.log").toFile()))
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bin/forgeline " + String.join(" ", arguments) + " failed; see " + logs.resolve("infra.log"));
        }
    }

    String gateway() {
        return "http://localhost:" + httpPorts.get("gateway");
    }

    String service(String name) {
        return "http://localhost:" + httpPorts.get(name);
    }

    /**
     * Starts another replica of a service: its own ports, the same database and consumer group, as a second
     * pod of the same Deployment would. The gateway keeps talking to the first.
     */
    void startReplica(String service, String name) throws IOException {
        replicaOf.put(name, service);
        httpPorts.put(name, freePort());
        managementPorts.put(name, freePort());
        start(name);
    }

    /** The operating system's id of a process of the suite: a replica names itself by it. */
    long pid(String name) {
        return processes.get(name).pid();
    }

    void start(String name) throws IOException {
        String service = replicaOf.getOrDefault(name, name);
        Path jar = root.resolve(service.equals("gateway") ? "gateway" : "services/" + service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-XX:ReservedCodeCacheSize=32m", "-Xss512k", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPorts.get(name)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(name)));
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("FORGELINE_LOG_JSON", "false");
        env.put("FORGELINE_OTEL_ENDPOINT", traces.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        // wherever the infrastructure runs (containers have ports of their own)
        env.put("FORGELINE_DB_HOST", LocalStack.dbHost());
        env.put("FORGELINE_DB_PORT", String.valueOf(LocalStack.dbPort()));
        env.put("FORGELINE_DB_USER", LocalStack.dbUser());
        env.put("FORGELINE_DB_PASSWORD", LocalStack.dbPassword());
        env.put("FORGELINE_KAFKA_BOOTSTRAP", LocalStack.kafkaBootstrap());
        env.put("FORGELINE_KEYCLOAK_URL", LocalStack.keycloakUrl());
        if (name.equals("gateway")) {
            SERVICES.forEach(s -> env.put("FORGELINE_" + s.toUpperCase() + "_URL", service(s)));
        } else {
            env.put("FORGELINE_DB_NAME", databases.get(service));
            // a replica that dies is noticed within seconds, not the production default of half a minute
            env.put("FORGELINE_SCHEDULING_SOLVE_LEASE", "6s");
            // the tests' webhook receivers run on this machine, as a developer's do under bin/forgeline up
            env.put("FORGELINE_SUPPLY_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
            // gRPC shares the HTTP port
            env.put("FORGELINE_WAREHOUSE_PORT", String.valueOf(httpPorts.get("warehouse")));
            env.put("FORGELINE_QUALITY_PORT", String.valueOf(httpPorts.get("quality")));
            // a consumer group of its own, and with it its own dead-letter topic, dlq.<group>: a developer's
            // running suite keeps its offsets, and another checkout's system tests theirs
            env.put("FORGELINE_CONSUMER_GROUP", group(service));
        }
        processes.put(name, builder.start());
    }

    /** The consumer group of a service of this checkout's suite. */
    static String group(String service) {
        return service + "-system-test-" + Checkout.id();
    }

    /** The database a service of this suite owns. */
    static String database(String service) {
        return get().databases.get(service);
    }

    void awaitReady(String name, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://localhost:" + managementPorts.get(name) + "/q/health/ready");
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(name);
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logs.resolve(name + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + limit + "; see " + logs.resolve(name + ".log"));
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void killHard(String name) throws InterruptedException {
        Process process = processes.get(name);
        process.destroyForcibly();
        process.waitFor();
    }

    private void stopAll() {
        List<Process> all = new ArrayList<>(processes.values());
        all.forEach(Process::destroy);
        for (Process process : all) {
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        traces.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
