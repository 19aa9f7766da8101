package io.forgeline.scheduling.masterdata.calendars;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A POST marked @HonoursIdempotencyKey (platform/core FirstAnswers), seen through adding closures. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class ClosureIdempotencyTest {

    private static final Map<String, Object> CHRISTMAS = Map.of(
            "startsAt", "2032-12-24T23:00:00Z", "endsAt", "2032-12-26T23:00:00Z", "reason", "Christmas");

    private static String closuresOfANewCalendar() {
        return BASE + "/calendars/" + newCalendar() + "/closures";
    }

    @Test
    void a_repeat_with_the_same_key_gets_the_first_answer_and_adds_nothing() {
        String path = closuresOfANewCalendar();
        String key = UUID.randomUUID().toString();

        Response first = as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path);
        Response again = as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path);

        first.then().statusCode(201);
        assertNull(first.header("Idempotency-Replayed"));
        again.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        as("planner").when().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void the_same_key_for_another_closure_is_refused_and_adds_nothing() {
        String path = closuresOfANewCalendar();
        String key = UUID.randomUUID().toString();
        as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path).then().statusCode(201);

        as("planner").header("Idempotency-Key", key)
                .body(Map.of("startsAt", "2032-12-31T23:00:00Z", "endsAt", "2033-01-01T23:00:00Z"))
                .when().post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as("planner").when().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void the_key_belongs_to_its_caller_so_another_user_with_the_same_key_is_a_request_of_its_own() {
        String path = closuresOfANewCalendar();
        String key = UUID.randomUUID().toString();

        as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path).then().statusCode(201);
        Response admins = as("admin").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path);

        admins.then().statusCode(201);
        assertNull(admins.header("Idempotency-Replayed"));

        as("planner").when().get(path).then().body("size()", equalTo(2));
    }

    @Test
    void a_refusal_is_not_remembered_so_the_corrected_request_with_the_same_key_runs() {
        String path = closuresOfANewCalendar();
        String key = UUID.randomUUID().toString();

        as("planner").header("Idempotency-Key", key)
                .body(Map.of("startsAt", "2032-05-01T06:00:00Z", "endsAt", "2032-05-01T06:00:00Z"))
                .when().post(path).then().statusCode(422);
        as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path).then().statusCode(201);

        as("planner").when().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void concurrent_repeats_with_one_key_add_one_closure_and_all_get_its_answer() throws Exception {
        String path = closuresOfANewCalendar();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> as("planner").header("Idempotency-Key", key).body(CHRISTMAS).when().post(path)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(6, ids.size());
            assertEquals(1, ids.stream().distinct().count(), "every answer names the one closure: " + ids);
        } finally {
            pool.shutdownNow();
        }
        as("planner").when().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void a_key_longer_than_255_characters_is_a_bad_request() {
        as("planner").header("Idempotency-Key", "k".repeat(256)).body(CHRISTMAS).when().post(closuresOfANewCalendar())
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
