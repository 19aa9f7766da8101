import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warehouse on a running suite (bin/forgeline up), straight to its port: ledger movements booked per second by
 * many clerks at once, spread over many lots and all on one hot lot; then stock and ledger queries once the ledger
 * holds a million more rows. Seeding the million rows goes through psql (movements and the balances that are their
 * sums, so bin/forgeline check ledger still holds); the movements go through the API. Prints figures; never fails on
 * timing. JDK only: run by the source launcher.
 */
public class WarehouseBench {

    static final String WAREHOUSE = System.getenv().getOrDefault("FORGELINE_WAREHOUSE_URL", "http://localhost:8084");
    static final String KEYCLOAK = System.getenv().getOrDefault("FORGELINE_KEYCLOAK_URL", "http://localhost:18080");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int LOTS = 200;
    static final int DEEP_ITEMS = 10_000;
    static final int ROWS_PER_DEEP_ITEM = 100;
    static final int PICK_ITEMS = 100;
    static final int PICKS_PER_CLERK = 25;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clerks = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String admin = token("admin", "admin");
        String clerk = token("clerk", "clerk");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        seedLots(admin, "BENCH-" + run);
        System.out.printf("ledger movements, %d clerks at once for %d s each (unplanned issues of 1 piece, straight to %s)%n", clerks, seconds, WAREHOUSE);
        movements(clerk, "BENCH-" + run, LOTS, clerks, seconds, "spread over " + LOTS + " lots");
        movements(clerk, "BENCH-" + run, 1, clerks, seconds, "all on one hot lot");
        pickConfirmations(admin, clerk, run, clerks);
        seedDeep();
        queries(clerk);
    }

    /** Opening balances of LOTS lots of one item, plenty each, in a storage bin. */
    static void seedLots(String admin, String item) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int lot = 0; lot < LOTS; lot++) {
            lines.append(lot == 0 ? "" : ",").append("{\"itemCode\":\"").append(item).append("\",\"lot\":\"L").append(lot)
                    .append("\",\"location\":\"B-02-04\",\"quantity\":\"1000000\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"}");
        }
        HttpResponse<String> answer = post(admin, "/api/warehouse/movements/opening-balances", "{\"lines\":[" + lines + "],\"reason\":\"bench\"}");
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("opening balances refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    static void movements(String clerk, String item, int lots, int clerks, int seconds, String what) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Timings timings = together(clerks, 201, () -> {
            if (System.nanoTime() >= end) {
                return null;
            }
            int lot = ThreadLocalRandom.current().nextInt(lots);
            return new Request("/api/warehouse/movements", "{\"type\":\"ISSUE\",\"itemCode\":\"" + item + "\",\"lot\":\"L" + lot
                    + "\",\"location\":\"B-02-04\",\"quantity\":\"1\",\"reason\":\"bench\"}");
        }, clerk);
        System.out.printf("  %-22s %7.1f movements/s   p50 %6.1f ms   p99 %6.1f ms   (%d booked, %d refused)%n", what,
                timings.latencies().size() / (double) seconds, percentile(timings.latencies(), 50), percentile(timings.latencies(), 99),
                timings.latencies().size(), timings.refused());
    }

    record Request(String path, String body) {
    }

    record Timings(List<Long> latencies, int refused) {
    }

    /** Every clerk posts what {@code next} gives until it gives null, all at once; times the answers that are {@code expected}. */
    static Timings together(int clerks, int expected, Supplier<Request> next, String token) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clerks; c++) {
            running.add(pool.submit(() -> {
                for (Request request = next.get(); request != null; request = next.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = post(token, request.path(), request.body());
                    if (answer.statusCode() == expected) {
                        latencies.add(System.nanoTime() - start);
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Timings(latencies, refused.get());
    }

    /**
     * Pick confirmations, {@code clerks} at once: outbound deliveries of one piece each (PICK_ITEMS items, so the picks
     * spread over as many lots as a real wave does) are planned first, then every clerk confirms tasks from one queue
     * (scan of the bin, the quantity asked), as handhelds do.
     */
    static void pickConfirmations(String admin, String clerk, String run, int clerks) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < PICK_ITEMS; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"itemCode\":\"PICK-").append(run).append('-').append(i)
                    .append("\",\"lot\":\"P1\",\"location\":\"B-02-04\",\"quantity\":\"100000\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"}");
        }
        HttpResponse<String> seeded = post(admin, "/api/warehouse/movements/opening-balances", "{\"lines\":[" + lines + "],\"reason\":\"bench\"}");
        if (seeded.statusCode() != 201) {
            throw new IllegalStateException("opening balances refused: " + seeded.statusCode() + " " + seeded.body());
        }
        int deliveries = clerks * PICKS_PER_CLERK;
        ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>();
        Pattern task = Pattern.compile("\"picks\":\\[\\{\"id\":\"([0-9a-f-]{36})\"");
        long planning = System.nanoTime();
        for (int d = 0; d < deliveries; d++) {
            String body = "{\"customerCode\":\"BENCH\",\"shipOn\":\"" + LocalDate.now().plusDays(1) + "\",\"lines\":[{\"itemCode\":\"PICK-"
                    + run + "-" + (d % PICK_ITEMS) + "\",\"quantity\":\"1\",\"unit\":\"PCE\"}]}";
            HttpResponse<String> answer = post(clerk, "/api/warehouse/deliveries", body);
            Matcher id = task.matcher(answer.body());
            if (answer.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("delivery refused: " + answer.statusCode() + " " + answer.body());
            }
            tasks.add(id.group(1));
        }
        System.out.printf("pick confirmations, %d clerks at once (%d deliveries of 1 piece planned first, %.1f per second one after the other)%n",
                clerks, deliveries, deliveries / ((System.nanoTime() - planning) / 1e9));
        long start = System.nanoTime();
        Timings timings = together(clerks, 200, () -> {
            String id = tasks.poll();
            return id == null ? null : new Request("/api/warehouse/pick-tasks/" + id + "/confirmation", "{\"from\":\"B-02-04\",\"quantity\":\"1\"}");
        }, clerk);
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-22s %7.1f confirmations/s   p50 %6.1f ms   p99 %6.1f ms   (%d confirmed, %d refused)%n", "one piece each",
                timings.latencies().size() / took, percentile(timings.latencies(), 50), percentile(timings.latencies(), 99),
                timings.latencies().size(), timings.refused());
    }

    /** A million more ledger rows (DEEP_ITEMS items × ROWS_PER_DEEP_ITEM movements) and their balances, once. */
    static void seedDeep() throws Exception {
        String rows = psql("select count(*) from stock_movement where item_code like 'DEEP-%'").trim();
        if (Long.parseLong(rows) >= (long) DEEP_ITEMS * ROWS_PER_DEEP_ITEM) {
            System.out.printf("ledger already holds %s bench rows%n", rows);
            return;
        }
        long start = System.nanoTime();
        psql("""
                begin;
                insert into stock_movement (id, posting_id, type, item_code, lot, status, bin_code, quantity, unit, at, actor, reason)
                select gen_random_uuid(), gen_random_uuid(), 'OPENING', 'DEEP-' || lpad((n %% %1$d)::text, 5, '0'), 'D1', 'BLOCKED', 'B-02-04', 1, 'PCE',
                       now() - (n || ' seconds')::interval, 'bench', 'bench'
                from generate_series(0, %2$d - 1) n;
                insert into stock_balance (id, item_code, lot, status, bin_code, quantity, unit, received_at)
                select gen_random_uuid(), 'DEEP-' || lpad(i::text, 5, '0'), 'D1', 'BLOCKED', 'B-02-04', %3$d, 'PCE', now()
                from generate_series(0, %1$d - 1) i;
                commit;
                analyze stock_movement;
                analyze stock_balance;
                """.formatted(DEEP_ITEMS, DEEP_ITEMS * ROWS_PER_DEEP_ITEM, ROWS_PER_DEEP_ITEM));
        System.out.printf("seeded %,d ledger rows for %,d items in %.1f s%n", DEEP_ITEMS * ROWS_PER_DEEP_ITEM, DEEP_ITEMS,
                (System.nanoTime() - start) / 1e9);
    }

    static void queries(String clerk) throws Exception {
        String total = psql("select count(*) from stock_movement").trim();
        for (String what : List.of("stock", "ledger")) {
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String item = "DEEP-" + String.format("%05d", ThreadLocalRandom.current().nextInt(DEEP_ITEMS));
                String path = what.equals("stock") ? "/api/warehouse/stock?itemCode=" + item
                        : "/api/warehouse/ledger?itemCode=" + item + "&lot=D1";
                long start = System.nanoTime();
                HttpResponse<String> answer = get(clerk, path);
                long took = System.nanoTime() - start;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
                }
                if (i >= 200) { // the first ones warm the JIT and the connection pool
                    latencies.add(took);
                }
            }
            System.out.printf("%s query of one item, ledger of %s rows: p50 %.1f ms, p99 %.1f ms (1800 requests, one after the other)%n",
                    what, total, percentile(latencies, 50), percentile(latencies, 99));
        }
    }

    static String psql(String sql) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", System.getenv().getOrDefault("FORGELINE_DB_HOST", "localhost"),
                "-p", System.getenv().getOrDefault("FORGELINE_DB_PORT", "54329"),
                "-U", System.getenv().getOrDefault("FORGELINE_DB_USER", "forgeline"), "-d", "forgeline_warehouse", "-c", sql)
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("FORGELINE_DB_PASSWORD", "forgeline"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    static HttpResponse<String> post(String token, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(WAREHOUSE + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(WAREHOUSE + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=forgeline-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/forgeline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("no token from Keycloak: " + answer.body());
        }
        return token.group(1);
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
