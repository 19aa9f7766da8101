package io.forgeline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.gateway.routing.EchoUpstream;
import io.forgeline.gateway.tokens.VerifiedTokens;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge's buckets with the clock stopped: no token comes back unless the test moves time, so every count
 * below is exact on a fast machine and a slow one alike. Each test poses as client addresses of its own
 * (X-Forwarded-For from this machine, a trusted proxy here), so the tests do not share buckets.
 */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class RateLimitTest {

    /** Looks like a JWT, is signed by no one. */
    private static final String FORGED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    HandClock clock;

    @Inject
    VerifiedTokens tokens;

    @TestHTTPResource("/api/scheduling/production-orders")
    URI orders;

    @BeforeEach
    void stopTheClock() {
        clock.stop();
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void a_signed_in_client_gets_exactly_its_burst_then_429_with_retry_after_and_one_request_per_second_of_refill() throws Exception {
        String token = Tokens.user("quality");
        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            burst.add(get(token, "203.0.113.1"));
        }

        assertThat(burst.stream().map(HttpResponse::statusCode).toList())
                .as("a bucket of 20 and no time passing: 20 through, then only 429")
                .isEqualTo(statuses(20, 200, 10, 429));
        HttpResponse<String> limited = burst.get(20);
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.body()).contains("\"status\":429");

        clock.advance(Duration.ofSeconds(1));

        assertThat(get(token, "203.0.113.1").statusCode()).as("one second refills one request").isEqualTo(200);
        assertThat(get(token, "203.0.113.1").statusCode()).isEqualTo(429);
    }

    @Test
    void a_flood_of_forged_tokens_from_one_address_gets_429_after_its_burst_without_a_single_further_signature_check() throws Exception {
        String user = Tokens.user("admin");
        assertThat(get(user, "198.51.100.2").statusCode()).as("the user signs in elsewhere first").isEqualTo(200);
        double checkedBefore = tokens.verifications();

        Map<Integer, Long> flood = concurrently(600, 24, i -> get(FORGED, "203.0.113.66").statusCode());

        assertThat(flood).as("a burst of 50 per address, nothing refilled")
                .isEqualTo(Map.of(401, 50L, 429, 550L));
        assertThat(tokens.verifications() - checkedBefore).as("signatures checked for the whole flood").isEqualTo(50);

        assertThat(get(user, "203.0.113.66").statusCode())
                .as("a token the gateway verified before passes even though its address's bucket is empty")
                .isEqualTo(200);
        HttpResponse<String> anonymous = get(null, "203.0.113.66");
        assertThat(anonymous.statusCode()).as("no token at all takes from the same empty bucket").isEqualTo(429);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(tokens.verifications() - checkedBefore).isEqualTo(50);

        clock.advance(Duration.ofSeconds(1));

        assertThat(concurrently(30, 6, i -> get(FORGED, "203.0.113.66").statusCode()))
                .as("one second refills 20 requests for the address")
                .isEqualTo(Map.of(401, 20L, 429, 10L));
    }

    @Test
    void requests_without_a_token_are_counted_per_address_so_one_flooding_address_leaves_the_others_alone() throws Exception {
        Map<Integer, Long> flood = concurrently(80, 8, i -> get(null, "203.0.113.90").statusCode());
        assertThat(flood).isEqualTo(Map.of(401, 50L, 429, 30L));

        assertThat(get(null, "203.0.113.91").statusCode()).as("another address has a bucket of its own").isEqualTo(401);
    }

    @Test
    void every_address_of_one_ipv6_network_shares_one_bucket() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(get(null, "2001:db8:7:1::" + Integer.toHexString(i + 1)).statusCode()).isEqualTo(401);
        }

        assertThat(get(null, "2001:db8:7:1:ffff::1").statusCode()).as("same /64, different host").isEqualTo(429);
        assertThat(get(null, "2001:db8:7:2::1").statusCode()).as("another /64").isEqualTo(401);
    }

    @Test
    void a_token_a_terminal_sign_in_hands_out_is_known_before_its_first_use_so_a_shift_change_behind_one_address_is_not_throttled()
            throws Exception {
        String address = "203.0.113.120";
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(orders.resolve("/api/execution/terminal-sessions"))
                .timeout(Duration.ofSeconds(30)).header(ClientAddresses.FORWARDED_FOR, address)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"badge\":\"FRESH\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        String token = new io.vertx.core.json.JsonObject(signIn.body()).getString("accessToken");
        double checkedAtSignIn = tokens.verifications();

        assertThat(concurrently(60, 8, i -> get(null, address).statusCode()))
                .as("the rest of the terminals behind the address empty its bucket (one went to the sign-in)")
                .isEqualTo(Map.of(401, 49L, 429, 11L));

        assertThat(get(token, address).statusCode()).as("the new token's first request").isEqualTo(200);
        assertThat(tokens.verifications() - checkedAtSignIn).as("no signature checked at its first use").isEqualTo(0);
    }

    private HttpResponse<String> get(String token, String clientAddress) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(orders).timeout(Duration.ofSeconds(30))
                .header(ClientAddresses.FORWARDED_FOR, clientAddress);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code total} calls spread over {@code threads} threads; how many answers had each status. */
    private static Map<Integer, Long> concurrently(int total, int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int n = i;
                answers.add(pool.submit(() -> call.status(n)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(int firstCount, int first, int thenCount, int then) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < firstCount; i++) {
            statuses.add(first);
        }
        for (int i = 0; i < thenCount; i++) {
            statuses.add(then);
        }
        return statuses;
    }

    @FunctionalInterface
    private interface Call {
        int status(int n) throws Exception;
    }
}
