package io.forgeline.systemtests;

import io.forgeline.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A planner releasing orders through the gateway at a steady pace, whatever happens to the answers: each
 * release is sent on time even while earlier ones still wait, as several planners' browsers would.
 */
final class ReleaseStream implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** One release and what came of it. */
    record Release(Instant sentAt, int status, String orderId) {
        boolean accepted() {
            return status == 201;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<Release> releases = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    private final String gateway;

    private ReleaseStream(String gateway) {
        this.gateway = gateway;
    }

    /** Starts releasing one order every {@code interval} until {@link #stop}. */
    static ReleaseStream start(String gateway, Duration interval) {
        ReleaseStream stream = new ReleaseStream(gateway);
        stream.pace.scheduleAtFixedRate(stream::releaseOne, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return stream;
    }

    private void releaseOne() {
        String key = UUID.randomUUID().toString();
        Instant sentAt = Instant.now();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/scheduling/production-orders"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", Tokens.bearer(Tokens.user("planner")))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Plant.order("GEARBOX-A", "1")))
                .build();
        inFlight.put(key, true);
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                releases.add(new Release(sentAt, -1, null));
            } else {
                Matcher id = ID.matcher(response.body());
                releases.add(new Release(sentAt, response.statusCode(),
                        response.statusCode() == 201 && id.find() ? id.group(1) : null));
            }
            inFlight.remove(key);
        });
    }

    /** Stops sending and waits for the answers still outstanding. */
    void stop() throws InterruptedException {
        pace.shutdownNow();
        pace.awaitTermination(5, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!inFlight.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    List<Release> releases() {
        return List.copyOf(releases);
    }

    List<String> accepted() {
        return releases.stream().filter(Release::accepted).map(Release::orderId).toList();
    }

    /** How many answers of each status: 201 accepted, 503/502/504 refused while something was down, -1 no answer. */
    Map<Integer, Long> statuses() {
        return releases.stream().collect(Collectors.groupingBy(Release::status, java.util.TreeMap::new, Collectors.counting()));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
