import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Quality's SPC figures on a running suite (bin/forgeline up), through the gateway as inspectors record: how many
 * measurements per second are recorded (each judged by the Nelson rules on its characteristic's chart in the
 * transaction that records it), and how long from sending a measurement that breaks rule 1 to its SpcAlertRaised on
 * quality.spc-alerts.v1 at a consumer here (p50, p99, max).
 *
 * A bench characteristic of its own: plan IP-BENCH-SPC (a FINAL plan of BEARING-6204 with characteristic BENCH,
 * measured on every unit), retired again at the end. Three signed-in people (inspector, quality, admin) each send
 * from two threads, ten values per request; the gateway lets each person 50 requests/s, so that is the ceiling.
 * Every 5th request of one thread ends with an outlier whose digits are its own, found again in the alert's bytes
 * (the bench needs no protobuf classes). Prints figures; never fails on timing.
 *
 * usage: java -cp "<kafka jars>/*" QualityBench.java [seconds, default 20]
 */
public class QualityBench {

    static final String GATEWAY = System.getenv().getOrDefault("FORGELINE_GATEWAY_URL", "http://localhost:"
            + System.getenv().getOrDefault("FORGELINE_GATEWAY_PORT", "8080"));
    static final String KEYCLOAK = System.getenv().getOrDefault("FORGELINE_KEYCLOAK_URL", "http://localhost:18080");
    static final String KAFKA = System.getenv().getOrDefault("FORGELINE_KAFKA_BOOTSTRAP", "localhost:19092");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PLAN = "IP-BENCH-SPC";
    static final int VALUES_PER_REQUEST = 10;

    static final Map<String, Long> outliersSent = new ConcurrentHashMap<>();
    static final List<Long> alertLatencies = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> requestLatencies = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong measurements = new AtomicLong();
    static final AtomicInteger refused = new AtomicInteger();
    static final AtomicInteger limited = new AtomicInteger();
    static volatile boolean listening = true;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (String user : List.of("inspector", "quality", "admin")) {
            tokens.put(user, token(user));
        }
        String engineer = tokens.get("quality");
        HttpResponse<String> plan = send("PUT", engineer, "/api/quality/inspection-plans/" + PLAN, """
                {"itemCode":"BEARING-6204","inspectionType":"FINAL","aql":"1.0","inspectionLevel":"II","note":"SPC bench",
                 "characteristics":[{"code":"BENCH","description":"Bench characteristic","kind":"VARIABLE","nominal":"10",
                 "lowerLimit":"9","upperLimit":"11","unit":"mm","sampling":"FULL"}]}""");
        require(plan, 200, 201);
        String lot = field(require(send("POST", tokens.get("inspector"), "/api/quality/inspection-lots",
                "{\"itemCode\":\"BEARING-6204\",\"lot\":\"BENCH-" + System.currentTimeMillis() + "\",\"lotSize\":\"100000000\",\"type\":\"FINAL\",\"unit\":\"PCE\"}"),
                201), "id");

        try (KafkaConsumer<String, byte[]> alerts = consumer()) {
            Thread listener = Thread.ofPlatform().daemon().start(() -> listen(alerts));
            run(tokens, lot, Math.min(5, seconds), false); // warm-up: JIT, connection pools, the chart's first points
            measurements.set(0);
            requestLatencies.clear();
            long started = System.nanoTime();
            run(tokens, lot, seconds, true);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Thread.sleep(3000); // the last alerts on their way
            listening = false;
            listener.join();
            report(elapsed);
        } finally {
            send("DELETE", engineer, "/api/quality/inspection-plans/" + PLAN, null);
        }
    }

    static void run(Map<String, String> tokens, String lot, int seconds, boolean withOutliers) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        boolean first = true;
        for (String token : tokens.values()) {
            for (int i = 0; i < 2; i++) {
                boolean marksOutliers = withOutliers && first;
                first = false;
                threads.add(Thread.ofPlatform().start(() -> {
                    int request = 0;
                    while (System.nanoTime() < end) {
                        request++;
                        // ends in 1: quality keeps values without trailing zeros, and the digits must come back as sent
                        String outlier = marksOutliers && request % 5 == 0 ? "12." + String.format("%06d", sequence.incrementAndGet()) + "1" : null;
                        record(token, lot, outlier);
                    }
                }));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    static void record(String token, String lot, String outlier) {
        StringBuilder values = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int v = 0; v < VALUES_PER_REQUEST; v++) {
            String value = v == VALUES_PER_REQUEST - 1 && outlier != null ? outlier : String.format("%.4f", 10 + random.nextGaussian() * 0.1);
            values.append(v == 0 ? "" : ",").append('"').append(value).append('"');
        }
        long sent = System.nanoTime();
        if (outlier != null) {
            outliersSent.put(outlier, sent);
        }
        try {
            HttpResponse<String> answer = send("POST", token, "/api/quality/inspection-lots/" + lot + "/results",
                    "{\"characteristic\":\"BENCH\",\"values\":[" + values + "]}");
            requestLatencies.add(System.nanoTime() - sent);
            if (answer.statusCode() == 201) {
                measurements.addAndGet(VALUES_PER_REQUEST);
            } else if (answer.statusCode() == 429) {
                limited.incrementAndGet();
                outliersSent.remove(outlier == null ? "" : outlier);
                Thread.sleep(50);
            } else if (refused.incrementAndGet() == 1) {
                System.out.println("first refusal: " + answer.statusCode() + " " + answer.body());
            }
        } catch (Exception failed) {
            refused.incrementAndGet();
        }
    }

    static void listen(KafkaConsumer<String, byte[]> alerts) {
        while (listening) {
            for (ConsumerRecord<String, byte[]> record : alerts.poll(Duration.ofMillis(100))) {
                long at = System.nanoTime();
                if (!"BEARING-6204/BENCH".equals(record.key())) {
                    continue;
                }
                String bytes = new String(record.value(), StandardCharsets.ISO_8859_1);
                Matcher outlier = Pattern.compile("12\\.\\d{7}").matcher(bytes);
                if (outlier.find()) {
                    Long sent = outliersSent.remove(outlier.group());
                    if (sent != null) {
                        alertLatencies.add(at - sent);
                    }
                }
            }
        }
    }

    static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put("bootstrap.servers", KAFKA);
        config.put("enable.auto.commit", "false");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("quality.spc-alerts.v1").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // settle the end offsets now, before the first alert
        return consumer;
    }

    static void report(double elapsed) {
        System.out.printf("spc: %d measurements recorded in %.1f s through the gateway: %.0f measurements/s (%d per request), "
                        + "request p50 %.0f ms, p99 %.0f ms; %d refused, %d rate-limited%n",
                measurements.get(), elapsed, measurements.get() / elapsed, VALUES_PER_REQUEST, millis(requestLatencies, 50),
                millis(requestLatencies, 99), refused.get(), limited.get());
        System.out.printf("spc alert: %d rule-1 outliers matched to their SpcAlertRaised (%d not seen): measurement sent → alert consumed "
                        + "p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                alertLatencies.size(), outliersSent.size(), millis(alertLatencies, 50), millis(alertLatencies, 99), millis(alertLatencies, 100));
    }

    static double millis(List<Long> nanos, int percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static HttpResponse<String> send(String method, String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> require(HttpResponse<String> answer, int... statuses) {
        for (int status : statuses) {
            if (answer.statusCode() == status) {
                return answer;
            }
        }
        throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " → " + answer.statusCode() + " " + answer.body());
    }

    static String field(HttpResponse<String> answer, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + answer.body());
        }
        return value.group(1);
    }

    static String token(String user) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/forgeline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=forgeline-cli&username=" + user + "&password=" + user))
                .build(), HttpResponse.BodyHandlers.ofString());
        return field(answer, "access_token");
    }
}
