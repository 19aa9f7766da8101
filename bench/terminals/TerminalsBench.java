import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Shop-floor terminals under load, through the gateway as the terminal page calls it: each simulated terminal is
 * registered by a planner, its operator signs in there by badge and PIN, then it loops with a think time: mostly it
 * reads its work center's dispatch list or one operation, and every fourth turn a terminal at the first work center takes the next
 * step of a job of its own (start on a machine, consume one piece of a lot by scan, complete one good piece), each
 * write with an Idempotency-Key. Latencies go into HdrHistograms per action; prints p50/p95/p99/max, throughput and
 * errors by status, and the last line {@code terminals n=<terminals> actions=<count> p99_ms=<x> errors=<e>}.
 * Never fails on timing.
 *
 * <p>The realm has two operators with badges (li.na, tom.weber), so the terminals take turns between them: the gateway
 * limits each person to 50 requests/s, which 100 terminals with a think time of 2–5 s stay under (about 29/s).
 *
 * usage: java -cp HdrHistogram.jar TerminalsBench.java [terminals, default 200] [seconds, default 60]
 */
public class TerminalsBench {

    static final String GATEWAY = System.getenv().getOrDefault("FORGELINE_GATEWAY_URL", "http://localhost:8080");
    static final String KEYCLOAK = System.getenv().getOrDefault("FORGELINE_KEYCLOAK_URL", "http://localhost:18080");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String[][] OPERATORS = {{"B-10001", "2468"}, {"B-10002", "1357"}};
    /**
     * Work center and machine of each place, round-robin over the terminals: four work centers of the bench's own
     * (suffixes of TB-run-), the first with two machines, where the bench's jobs run. Its own, because execution knows
     * a work center only from scheduling's events, and so that its dispatch lists hold what the bench released.
     */
    static final String[][] PLACES = {{"WC1", "WC1-M1"}, {"WC1", "WC1-M2"}, {"WC2", "WC2-M1"}, {"WC3", "WC3-M1"}, {"WC4", "WC4-M1"}};
    static String writingCenter;
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern ENTRY = Pattern.compile("\"orderId\"\\s*:\\s*\"([0-9a-f-]{36})\".*?\"operationSequence\"\\s*:\\s*(\\d+)");

    static final Map<String, Histogram> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final Map<String, String> FIRST_ERROR = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int terminals = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        System.out.printf("terminals: %d terminals for %d s through %s; load average at start %s%n", terminals, seconds, GATEWAY, loadAverage());
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String planner = token("planner", "planner");
        String admin = token("admin", "admin");

        String prefix = "TB-" + run + "-";
        writingCenter = prefix + PLACES[0][0];
        List<Terminal> floor = new ArrayList<>();
        for (int i = 0; i < terminals; i++) {
            String[] place = PLACES[i % PLACES.length];
            floor.add(new Terminal(String.format("%sT%03d", prefix, i + 1), prefix + place[0], prefix + place[1], OPERATORS[i % OPERATORS.length]));
        }
        long writers = floor.stream().filter(t -> t.workCenter.equals(writingCenter)).count();
        // every fourth turn of a writer is a write, three writes a job, turns every 3.5 s on average; a third to spare
        int jobs = (int) Math.max(10, writers * Math.ceil(seconds / 3.5 / 4 / 3 * 1.34));
        Queue<String> orders = arrange(planner, admin, run, prefix, floor, jobs);

        signIn(floor);
        System.out.printf("terminals: %d terminals signed in; %d orders of the bench's own on the floor at %s%n", floor.size(), orders.size(), writingCenter);
        Histogram signIns = LATENCIES.remove("sign-in");
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (Terminal terminal : floor) {
            threads.add(Thread.ofVirtual().name(terminal.code).start(() -> terminal.work(end, orders, "LB-" + run)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(terminals, elapsed, signIns);
        // orders nobody reached are cancelled, so they do not stay on the floor after the bench
        for (String order : orders) {
            post(planner, "/api/scheduling/production-orders/" + order + "/cancel", "");
        }
    }

    /** One terminal: its place, its operator's session, its job in hand and how far that job is. */
    static final class Terminal {
        final String code;
        final String workCenter;
        final String machine;
        final String[] operator;
        String token;
        List<String[]> seen = List.of();
        String job;
        int step;

        Terminal(String code, String workCenter, String machine, String[] operator) {
            this.code = code;
            this.workCenter = workCenter;
            this.machine = machine;
            this.operator = operator;
        }

        void work(long end, Queue<String> orders, String lot) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int turn = random.nextInt(4);
            sleepUntil(System.nanoTime() + random.nextLong(0, 3_500_000_000L), end); // terminals do not all look up at once
            while (System.nanoTime() < end) {
                try {
                    act(turn++, orders, lot, random);
                } catch (Exception e) {
                    count("io " + e.getClass().getSimpleName(), "", e.toString());
                }
                sleepUntil(System.nanoTime() + random.nextLong(2_000_000_000L, 5_000_000_000L), end);
            }
        }

        void act(int turn, Queue<String> orders, String lot, ThreadLocalRandom random) throws Exception {
            if (workCenter.equals(writingCenter) && turn % 4 == 3 && (job != null || (job = orders.poll()) != null)) {
                String operation = "/api/execution/operations/" + job + "/10";
                HttpResponse<String> answer = switch (step) {
                    case 0 -> write("start", operation + "/start", "{\"machineCode\":\"" + machine + "\"}");
                    case 1 -> write("consume", operation + "/consumptions", "{\"scan\":\"" + lot + "\",\"quantity\":\"1\"}");
                    default -> write("complete", operation + "/complete", "{\"goodQuantity\":\"1\"}");
                };
                if (answer.statusCode() / 100 != 2) {
                    return; // as the terminal's queue does: the same step again at the next turn, not the one after it
                }
                step = (step + 1) % 3;
                if (step == 0) {
                    job = null;
                }
            } else if (seen.isEmpty() || random.nextInt(10) < 6) {
                HttpResponse<String> list = call("dispatch-list", get("/api/execution/work-centers/" + workCenter + "/dispatch-list"));
                if (list.statusCode() == 200) {
                    seen = entries(list.body());
                }
            } else {
                String[] entry = seen.get(random.nextInt(seen.size()));
                call("operation", get("/api/execution/operations/" + entry[0] + "/" + entry[1]));
            }
        }

        HttpResponse<String> write(String action, String path, String body) throws Exception {
            return call(action, request(path).header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpRequest get(String path) {
            return request(path).GET().build();
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(TIMEOUT).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).header("X-Forgeline-Terminal", code);
        }
    }

    /** Times one request into its action's histogram; anything but 2xx counts as an error by action and status. */
    static HttpResponse<String> call(String action, HttpRequest request) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            LATENCIES.computeIfAbsent(action, a -> new ConcurrentHistogram(3)).recordValue((System.nanoTime() - sent) / 1000);
        }
        if (answer.statusCode() / 100 != 2) {
            count(action, String.valueOf(answer.statusCode()), answer.body());
        }
        return answer;
    }

    static void count(String action, String status, String detail) {
        String key = status.isEmpty() ? action : action + " " + status;
        ERRORS.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        FIRST_ERROR.putIfAbsent(key, detail.length() > 300 ? detail.substring(0, 300) : detail);
    }

    /**
     * The bench's own plant beside the demo one: its work centers and machines, a gearbox made at the first of one
     * bearing, a lot of bearings in the demo's CNC staging bin (consumed from where it lies), the terminals registered,
     * and {@code jobs} orders of one gearbox each released and on execution's floor.
     */
    static Queue<String> arrange(String planner, String admin, String run, String prefix, List<Terminal> floor, int jobs) throws Exception {
        String gear = "TB-GEAR-" + run;
        String bearing = "TB-BRG-" + run;
        for (String[] place : PLACES) {
            if (place[1].endsWith("-M1")) { // a work center's first machine comes with it
                expect(201, put(planner, "/api/scheduling/work-centers/" + prefix + place[0], "{\"name\":\"Bench " + place[0] + "\"}"));
            }
            expect(201, put(planner, "/api/scheduling/machines/" + prefix + place[1], "{\"workCenterCode\":\"" + prefix + place[0]
                    + "\",\"name\":\"Bench " + place[1] + "\",\"calendarCode\":\"TWO-SHIFT\"}"));
        }
        expect(201, put(planner, "/api/scheduling/items/" + bearing, "{\"description\":\"Bearing of the terminal bench\",\"unit\":\"PCE\","
                + "\"makeOrBuy\":\"BUY\",\"supplierCode\":\"ACME\"}"));
        expect(201, put(planner, "/api/scheduling/items/" + gear, "{\"description\":\"Gearbox of the terminal bench\",\"unit\":\"PCE\","
                + "\"makeOrBuy\":\"MAKE\"}"));
        expect(200, put(planner, "/api/scheduling/items/" + gear + "/routing", "[{\"sequence\":10,\"workCenterCode\":\"" + writingCenter
                + "\",\"description\":\"Assemble\",\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\",\"machines\":[{\"machineCode\":\"" + prefix
                + PLACES[0][1] + "\",\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\"},{\"machineCode\":\"" + prefix + PLACES[1][1]
                + "\",\"setupMinutes\":5,\"runMinutesPerUnit\":\"1\"}]}]"));
        expect(200, put(planner, "/api/scheduling/items/" + gear + "/bom", "[{\"componentCode\":\"" + bearing + "\",\"quantityPer\":\"1\","
                + "\"operationSequence\":10}]"));
        expect(201, post(admin, "/api/warehouse/movements/opening-balances", "{\"lines\":[{\"itemCode\":\"" + bearing + "\",\"lot\":\"LB-" + run
                + "\",\"location\":\"ST-CNC-01\",\"quantity\":\"100000\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"}]}"));
        // execution learns the plant model from scheduling's events: the new work centers arrive a moment later
        long learning = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        for (Terminal terminal : floor) {
            while (true) {
                HttpResponse<String> answer = put(planner, "/api/execution/terminals/" + terminal.code, "{\"name\":\"Bench terminal " + terminal.code
                        + "\",\"workCenterCode\":\"" + terminal.workCenter + "\",\"machineCode\":\"" + terminal.machine + "\"}");
                if (answer.statusCode() / 100 == 2) {
                    break;
                }
                if (answer.statusCode() != 422 || !answer.body().contains("plant model") || System.nanoTime() > learning) {
                    throw new IllegalStateException("terminal " + terminal.code + " not registered: " + answer.statusCode() + " " + answer.body());
                }
                Thread.sleep(1000);
            }
            Thread.sleep(25); // the planner's 50 requests/s at the gateway
        }
        Queue<String> orders = new ConcurrentLinkedQueue<>();
        String due = Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (int i = 0; i < jobs; i++) {
            HttpResponse<String> answer = expect(201, post(planner, "/api/scheduling/production-orders",
                    "{\"itemCode\":\"" + gear + "\",\"quantity\":\"1\",\"dueDate\":\"" + due + "\"}"));
            Matcher id = ID.matcher(answer.body());
            if (!id.find()) {
                throw new IllegalStateException("no order id in " + answer.body());
            }
            orders.add(id.group(1));
            Thread.sleep(25);
        }
        // execution learns of released orders by event: wait until every one is on the first work center's dispatch list
        String operator = token("operator", "operator");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/execution/work-centers/" + writingCenter
                    + "/dispatch-list")).header("Authorization", "Bearer " + operator).GET().build(), HttpResponse.BodyHandlers.ofString());
            List<String> listed = entries(list.body()).stream().map(e -> e[0]).toList();
            if (listed.containsAll(orders)) {
                return orders;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("after 120 s execution has " + orders.stream().filter(listed::contains).count() + " of the bench's "
                        + orders.size() + " orders on " + writingCenter + "'s dispatch list");
            }
            Thread.sleep(500);
        }
    }

    /** Each terminal's operator signs in there, one after the other at 12/s: the gateway lets an address 20/s without a token. */
    static void signIn(List<Terminal> floor) throws Exception {
        for (Terminal terminal : floor) {
            HttpResponse<String> answer = call("sign-in", HttpRequest.newBuilder(URI.create(GATEWAY + "/api/execution/terminal-sessions"))
                    .timeout(TIMEOUT).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"terminalCode\":\""
                            + terminal.code + "\",\"badge\":\"" + terminal.operator[0] + "\",\"pin\":\"" + terminal.operator[1] + "\"}")).build());
            Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 201 && answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("sign-in at " + terminal.code + " refused: " + answer.statusCode() + " " + answer.body());
            }
            terminal.token = token.group(1);
            Thread.sleep(83);
        }
    }

    static void report(int terminals, double elapsed, Histogram signIns) {
        Histogram all = new Histogram(3);
        System.out.printf("%-14s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String action : List.of("dispatch-list", "operation", "start", "consume", "complete")) {
            Histogram h = LATENCIES.get(action);
            if (h != null) {
                line(action, h);
                all.add(h);
            }
        }
        line("all actions", all);
        if (signIns != null) {
            line("(sign-in)", signIns);
        }
        long errors = ERRORS.entrySet().stream().filter(e -> !e.getKey().startsWith("sign-in")).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("throughput: %.1f requests/s over %.1f s (%d terminals)%n", all.getTotalCount() / elapsed, elapsed, terminals);
        if (ERRORS.isEmpty()) {
            System.out.println("errors: none");
        } else {
            Map<String, Long> sorted = new LinkedHashMap<>();
            ERRORS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue().get()));
            System.out.println("errors by action and status: " + sorted);
            sorted.keySet().forEach(key -> System.out.println("  first " + key + ": " + FIRST_ERROR.get(key)));
        }
        System.out.println("load average at end " + loadAverage());
        System.out.printf("terminals n=%d actions=%d p99_ms=%.1f errors=%d%n", terminals, all.getTotalCount(), ms(all.getValueAtPercentile(99)), errors);
    }

    static void line(String action, Histogram h) {
        System.out.printf("%-14s %8d %9.1f %9.1f %9.1f %9.1f%n", action, h.getTotalCount(), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    /** Orders and sequences of a dispatch list, found in its JSON without a JSON library (JDK only besides HdrHistogram). */
    static List<String[]> entries(String body) {
        List<String[]> found = new ArrayList<>();
        Matcher entry = ENTRY.matcher(body);
        while (entry.find()) {
            found.add(new String[] {entry.group(1), entry.group(2)});
        }
        return found;
    }

    static String token(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=forgeline-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/forgeline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    static HttpResponse<String> put(String token, String path, String body) throws Exception {
        return HTTP.send(setup(token, path).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String token, String path, String body) throws Exception {
        return HTTP.send(setup(token, path).header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder setup(String token, String path) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath() + " answered " + answer.statusCode()
                    + " (expected " + status + "): " + answer.body());
        }
        return answer;
    }

    static void sleepUntil(long at, long end) {
        long wake = Math.min(at, end);
        long left = wake - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
