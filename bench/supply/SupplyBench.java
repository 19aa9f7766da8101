import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supply's two figures on a running suite (bin/forgeline up): how many ASNs of 20 handling units the service accepts
 * per second (each checked whole against its purchase orders: SSCC check digits, orders, quantities, open SSCCs), and
 * how long a webhook takes from the commit of a new purchase order to a receiver on this machine (p50, p99, max).
 * Talks to supply directly (the gateway's per-client rate limit would measure itself). Prints figures; never fails
 * on timing.
 *
 * usage: java SupplyBench.java [seconds of ASNs, default 20] [webhooks, default 200]
 */
public class SupplyBench {

    static final String SUPPLY = System.getenv().getOrDefault("FORGELINE_SUPPLY_URL", "http://localhost:8085");
    static final String KEYCLOAK = System.getenv().getOrDefault("FORGELINE_KEYCLOAK_URL", "http://localhost:18080");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int hooks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String buyer = token("grant_type=password&client_id=forgeline-cli&username=buyer&password=buyer");
        String acme = token("grant_type=client_credentials&client_id=supplier-acme&client_secret=acme-secret");
        asns(buyer, acme, seconds);
        webhooks(buyer, acme, hooks);
    }

    /** ASNs of 20 handling units, one after the other (one supplier's ASNs take turns by design). */
    static void asns(String buyer, String acme, int seconds) throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(order(buyer, "100000"));
        }
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int accepted = 0;
        int refused = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < end) {
            StringBuilder units = new StringBuilder();
            for (int u = 0; u < 20; u++) {
                units.append(u == 0 ? "" : ",").append("{\"sscc\":\"").append(sscc()).append("\",\"lines\":[{\"purchaseOrderId\":\"")
                        .append(orders.get(u)).append("\",\"lineNumber\":1,\"itemCode\":\"BEARING-6204\",\"lot\":\"L-").append(u)
                        .append("\",\"quantity\":\"1\"}]}");
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String body = "{\"asnNumber\":\"B-" + System.nanoTime() + "\",\"shipDate\":\"" + today + "\",\"expectedArrival\":\""
                    + today.plusDays(2) + "T08:00:00Z\",\"handlingUnits\":[" + units + "]}";
            long sent = System.nanoTime();
            HttpResponse<String> answer = post(acme, "/partner/v1/asns", body);
            latencies.add(System.nanoTime() - sent);
            if (answer.statusCode() == 201) {
                accepted++;
            } else {
                refused++;
                if (refused == 1) {
                    System.out.println("first refusal: " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("asn: %d ASNs of 20 handling units accepted in %.1f s (%d refused): %.1f ASNs/s, %.0f handling units/s; "
                        + "latency p50 %.1f ms, p99 %.1f ms%n", accepted, elapsed, refused, accepted / elapsed, accepted * 20 / elapsed,
                percentile(latencies, 50), percentile(latencies, 99));
    }

    /** Orders created one after the other; a receiver here notes when each order's webhook arrives. */
    static void webhooks(String buyer, String acme, int count) throws Exception {
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            long now = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher id = ID.matcher(body);
            if (id.find()) {
                arrived.putIfAbsent(id.group(1), now);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        HttpResponse<String> registered = post(acme, "/partner/v1/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"purchase-order.created\"]}");
        if (registered.statusCode() != 201) {
            System.out.println("webhook: could not register a receiver (" + registered.statusCode() + " " + registered.body()
                    + "); the suite must run with FORGELINE_SUPPLY_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true, as bin/forgeline up starts it");
            receiver.stop(0);
            return;
        }
        Map<String, Long> committed = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            String id = order(buyer, "5");
            // the 201 comes after the commit: the commit lies between sending and the answer; count from the answer
            committed.put(id, System.nanoTime());
            if (i % 10 == 0) {
                Thread.sleep(5); // a buyer's pace, not a flood
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (arrived.keySet().containsAll(committed.keySet()) == false && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        receiver.stop(0);
        // a receiver that is gone would take a share of every later run's deliveries
        Matcher endpoint = ID.matcher(registered.body());
        if (endpoint.find()) {
            HTTP.send(HttpRequest.newBuilder(URI.create(SUPPLY + "/partner/v1/webhooks/" + endpoint.group(1)))
                    .header("Authorization", "Bearer " + acme).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
        List<Long> latencies = new ArrayList<>();
        committed.forEach((id, at) -> {
            Long got = arrived.get(id);
            if (got != null) {
                latencies.add(Math.max(0, got - at));
            }
        });
        System.out.printf("webhook: %d of %d purchase-order.created messages arrived; commit to receiver p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latencies.size(), count, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
    }

    static String order(String buyer, String quantity) throws Exception {
        String body = "{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"BEARING-6204\",\"quantity\":\"" + quantity + "\",\"requestedDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}]}";
        HttpResponse<String> answer = post(buyer, "/api/supply/purchase-orders", body);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("a purchase order was refused: " + answer.statusCode() + " " + answer.body());
        }
        Matcher id = ID.matcher(answer.body());
        id.find();
        return id.group(1);
    }

    static HttpResponse<String> post(String token, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SUPPLY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(String form) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/forgeline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("no token from Keycloak: " + answer.body());
        }
        return token.group(1);
    }

    /** An SSCC with GS1 company prefix 4012345 and a random serial, check digit computed (mod 10, weights 3 and 1). */
    static String sscc() {
        String body = "0" + "4012345" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
