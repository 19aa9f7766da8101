package io.forgeline.scheduling.schedules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * This replica next to another one, played by the test through the shared database: a solve the other
 * replica holds with a live lease is left alone, one whose lease ran out is failed (and an automatic one is
 * asked for again), a stop asked here reaches the other replica, and the other replica's progress reaches a
 * planner following here.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = SolveReplicasTest.DATABASE))
class SolveReplicasTest {

    static final String DATABASE = "forgeline_test_scheduling";
    private static final String SCHEDULES = "/api/scheduling/schedules";
    private static final String ELSEWHERE = "scheduling-elsewhere:4242";

    @TestHTTPResource("/")
    URL base;

    /** A schedule another replica claimed, with its lease ending at {@code leaseUntil}. */
    private static UUID solvingElsewhere(String kind, boolean publish, Instant leaseUntil) {
        UUID id = UUID.randomUUID();
        LocalStack.sql(DATABASE, "insert into schedule (id, kind, status, publish_when_solved, created_at, created_by, origin, "
                + "time_limit_seconds, seed, solver, lease_until) values ('" + id + "', '" + kind + "', 'SOLVING', " + publish
                + ", now(), 'test', now(), 60, 0, '" + ELSEWHERE + "', '" + leaseUntil + "')");
        return id;
    }

    private static JsonPath schedule(UUID id) {
        return given().auth().oauth2(Tokens.user("planner")).when().get(SCHEDULES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_solve_another_replica_holds_a_live_lease_on_is_left_alone() throws InterruptedException {
        UUID id = solvingElsewhere("SOLVE", false, Instant.now().plus(Duration.ofMinutes(5)));

        Thread.sleep(5_000);   // two lease checks

        JsonPath view = schedule(id);
        assertEquals("SOLVING", view.getString("status"));
        assertEquals(ELSEWHERE, view.getString("solver"));
    }

    @Test
    void a_solve_whose_replica_stopped_renewing_is_failed_and_an_automatic_reschedule_asked_for_again() {
        LocalStack.sql(DATABASE, "update schedule set status = 'SUPERSEDED' where status = 'PUBLISHED'",
                // a reschedule is asked for only while something is published
                "insert into schedule (id, kind, status, publish_when_solved, created_at, created_by, time_limit_seconds, seed, published_at) "
                        + "values ('" + UUID.randomUUID() + "', 'SOLVE', 'PUBLISHED', false, now(), 'test', 5, 0, now())");
        long requestedBefore = LocalStack.count(DATABASE, "select count(*) from schedule where kind = 'MACHINE_DOWN' and created_by = 'test-breakdown'");
        UUID id = solvingElsewhere("MACHINE_DOWN", true, Instant.now().minusSeconds(1));
        LocalStack.sql(DATABASE, "update schedule set created_by = 'test-breakdown' where id = '" + id + "'");

        Eventually.within(Duration.ofSeconds(15), () -> "FAILED".equals(schedule(id).getString("status")), "the orphaned solve failed");
        String detail = schedule(id).getString("problem.detail");
        assertTrue(detail.contains(ELSEWHERE) && detail.contains("lease ran out"), detail);
        assertEquals(requestedBefore + 2, LocalStack.count(DATABASE,
                "select count(*) from schedule where kind = 'MACHINE_DOWN' and created_by = 'test-breakdown'"), "the reschedule asked for again");
    }

    @Test
    void a_stop_asked_of_this_replica_is_kept_and_signalled_to_the_replica_that_solves() throws Exception {
        UUID id = solvingElsewhere("SOLVE", false, Instant.now().plus(Duration.ofMinutes(5)));
        try (Connection other = connect()) {
            other.createStatement().execute("listen " + SolveSignals.STOP);

            given().auth().oauth2(Tokens.user("planner")).when().post(SCHEDULES + "/" + id + "/stop").then().statusCode(200);

            List<String> heard = new ArrayList<>();
            Eventually.within(Duration.ofSeconds(10), () -> {
                heard.addAll(notifications(other));
                return heard.contains(id.toString());
            }, "the other replica hears the stop");
        }
        assertEquals(1, LocalStack.count(DATABASE, "select count(*) from schedule where id = '" + id + "' and stop_requested"));
    }

    @Test
    void a_planner_following_here_sees_the_progress_of_a_solve_on_another_replica() throws Exception {
        UUID id = solvingElsewhere("SOLVE", false, Instant.now().plus(Duration.ofMinutes(5)));
        CompletableFuture<List<String>> events = follow(id);
        Thread.sleep(1_500);   // the follower is attached

        LocalStack.sql(DATABASE,
                "select pg_notify('" + SolveSignals.PROGRESS + "', '{\"schedule\":\"" + id + "\",\"tick\":{\"event\":\"progress\",\"elapsedMs\":1200,"
                        + "\"score\":{\"hard\":0,\"stability\":0,\"weightedTardiness\":7,\"makespanMinutes\":300,\"setupMinutes\":20},\"status\":\"SOLVING\"}}')",
                "update schedule set status = 'SOLVED', lease_until = null where id = '" + id + "'",
                "select pg_notify('" + SolveSignals.PROGRESS + "', '{\"schedule\":\"" + id + "\",\"tick\":{\"event\":\"done\",\"elapsedMs\":0,"
                        + "\"status\":\"SOLVED\"}}')");

        List<String> lines = events.get(20, java.util.concurrent.TimeUnit.SECONDS);
        String stream = String.join("\n", lines);
        assertTrue(stream.contains("event:progress") && stream.contains("\"makespanMinutes\":300") && stream.contains("event:done")
                && stream.contains("\"status\":\"SOLVED\""), stream);
    }

    private CompletableFuture<List<String>> follow(UUID id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/scheduling/schedules/" + id + "/progress"))
                .header("Authorization", "Bearer " + Tokens.user("planner")).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // the stream ends with the solve
            }
            return lines;
        });
    }

    private static Connection connect() throws Exception {
        String url = "jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/" + io.forgeline.testing.Checkout.database(DATABASE);
        return DriverManager.getConnection(url, LocalStack.dbUser(), LocalStack.dbPassword());
    }

    private static List<String> notifications(Connection connection) {
        try {
            connection.createStatement().execute("select 1");   // the driver collects notifications on a round trip
            org.postgresql.PGNotification[] received = connection.unwrap(org.postgresql.PGConnection.class).getNotifications();
            List<String> payloads = new ArrayList<>();
            if (received != null) {
                for (org.postgresql.PGNotification n : received) {
                    payloads.add(n.getParameter());
                }
            }
            return payloads;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
