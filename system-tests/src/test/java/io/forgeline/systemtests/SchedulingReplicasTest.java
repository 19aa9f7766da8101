package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static io.forgeline.systemtests.Plant.order;
import static io.forgeline.systemtests.Plant.release;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two scheduling processes on one database, as Kubernetes runs them: a solve is claimed by one replica,
 * its progress and a stop reach it whichever replica the planner talks to, a replica that starts leaves a
 * live solve alone, and the solve of a replica killed with -9 is failed once its lease runs out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 1)
class SchedulingReplicasTest {

    private static final String FIRST = "scheduling";
    private static final String SECOND = "scheduling-b";
    private static final String SCHEDULES = "/api/scheduling/schedules";

    @BeforeAll
    static void aSecondReplica() throws Exception {
        Suite.get().startReplica("scheduling", SECOND);
        Suite.get().awaitReady(SECOND, Duration.ofSeconds(120));
        for (int i = 0; i < 3; i++) {
            release(as("planner"), order("GEARBOX-A", "4")).then().statusCode(201);
        }
    }

    @AfterAll
    static void backToOne() throws Exception {
        Suite.get().killHard(SECOND);
    }

    private static String solveOn(String replica, int seconds) {
        return given().baseUri(Suite.get().service(replica)).auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON)
                .body("{\"timeLimitSeconds\":" + seconds + "}").when().post(SCHEDULES).then().statusCode(202).extract().path("id");
    }

    private static JsonPath schedule(String replica, String id) {
        return given().baseUri(Suite.get().service(replica)).auth().oauth2(Tokens.user("planner")).when().get(SCHEDULES + "/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits until a replica claims the schedule; returns the one solving it. */
    private static String awaitSolver(String id) {
        String[] solver = new String[1];
        Eventually.within(Duration.ofSeconds(30), () -> {
            JsonPath view = schedule(FIRST, id);
            solver[0] = view.getString("solver");
            return "SOLVING".equals(view.getString("status")) && solver[0] != null;
        }, "schedule " + id + " claimed by a replica");
        for (String replica : List.of(FIRST, SECOND)) {
            if (solver[0].endsWith(":" + Suite.get().pid(replica))) {
                return replica;
            }
        }
        throw new AssertionError("no replica of this suite is " + solver[0]);
    }

    private static String other(String replica) {
        return replica.equals(FIRST) ? SECOND : FIRST;
    }

    @Test
    @Order(1)
    void a_planner_follows_and_stops_a_solve_through_the_replica_that_is_not_solving_it() throws Exception {
        String id = solveOn(FIRST, 120);
        String solving = awaitSolver(id);
        String elsewhere = other(solving);

        List<String> events = new CopyOnWriteArrayList<>();
        follow(elsewhere, id, events);
        Eventually.within(Duration.ofSeconds(30), () -> events.stream().anyMatch(e -> e.startsWith("event:progress")),
                "progress of the solve on " + solving + " seen through " + elsewhere);

        Instant stopped = Instant.now();
        given().baseUri(Suite.get().service(elsewhere)).auth().oauth2(Tokens.user("planner")).when().post(SCHEDULES + "/" + id + "/stop")
                .then().statusCode(200);
        Eventually.within(Duration.ofSeconds(20), () -> "SOLVED".equals(schedule(elsewhere, id).getString("status")),
                "the solve on " + solving + " stopped with its best schedule");
        assertThat(Duration.between(stopped, Instant.now())).as("long before its 120 s").isLessThan(Duration.ofSeconds(20));
        Eventually.within(Duration.ofSeconds(10), () -> events.stream().anyMatch(e -> e.startsWith("event:done")), "the follower told it is done");
    }

    @Test
    @Order(2)
    void a_starting_replica_leaves_a_live_solve_alone_and_a_killed_replicas_solve_is_failed_when_its_lease_runs_out() throws Exception {
        String id = solveOn(FIRST, 120);
        String solving = awaitSolver(id);
        String idle = other(solving);

        Suite.get().killHard(idle);
        Suite.get().start(idle);
        Suite.get().awaitReady(idle, Duration.ofSeconds(120));
        Thread.sleep(8_000);   // longer than a lease: the new replica has checked the leases several times
        assertThat(schedule(idle, id).getString("status")).as("the solve of a live replica after another one started").isEqualTo("SOLVING");

        Instant killed = Instant.now();
        Suite.get().killHard(solving);
        Eventually.within(Duration.ofSeconds(30), () -> "FAILED".equals(schedule(idle, id).getString("status")),
                "the solve of the killed replica failed by " + idle);
        System.out.printf("REPLICAS the solve of a replica killed with -9 was failed by the other %.1f s later%n",
                Duration.between(killed, Instant.now()).toMillis() / 1000.0);
        assertThat(schedule(idle, id).getString("problem.detail")).contains("lease ran out");

        Suite.get().start(solving);
        Suite.get().awaitReady(solving, Duration.ofSeconds(120));
    }

    /** Reads the progress stream in the background, one line per event name. */
    private static void follow(String replica, String id, List<String> events) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.get().service(replica) + SCHEDULES + "/" + id + "/progress"))
                .header("Authorization", Tokens.bearer(Tokens.user("planner"))).header("Accept", "text/event-stream").build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenAccept(response -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line.replace(" ", ""));
                    }
                }
            } catch (java.io.IOException ended) {
                // the stream ends with the solve
            }
        }).orTimeout(3, TimeUnit.MINUTES);
    }
}
