package io.forgeline.platform.deadletters;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.forgeline.platform.testapp.Facts;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An administrator finds a parked event, sees why, fixes the cause and replays it through the same consumer. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_platform"))
class DeadLetterAdminTest {

    private static final String DATABASE = "forgeline_test_platform";
    private static final String LETTERS = "/api/platform/dead-letters";

    @ConfigProperty(name = "forgeline.consumer.group")
    String group;

    /** Parks a refused event and returns its dead-letter id. */
    private String parkRefused(String code) {
        String ceId = UUID.randomUUID().toString();
        KafkaProbe.send(Facts.TOPIC, code, ("refuse:" + code).getBytes(UTF_8), KafkaProbe.cloudEvent(ceId, "io.forgeline.test.instruction.v1"));
        var letter = KafkaProbe.await(DeadLetterHeaders.topicOf(group), r -> ceId.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("not parked"));
        return letter.partition() + "-" + letter.offset();
    }

    private static long applied(String code) {
        return LocalStack.count(DATABASE, "select coalesce(sum(applied), 0) from fact where code = '" + code + "'");
    }

    @Test
    void an_admin_lists_a_parked_event_and_sees_why_it_was_parked() {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8);
        String id = parkRefused(code);

        JsonPath list = given().auth().oauth2(Tokens.user("admin")).when().get(LETTERS)
                .then().statusCode(200).extract().jsonPath();
        assertThatListHas(list, id);
        given().auth().oauth2(Tokens.user("admin")).when().get(LETTERS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PARKED"))
                .body("originalTopic", equalTo(Facts.TOPIC))
                .body("exception", equalTo("io.forgeline.platform.problem.RuleViolation"))
                .body("message", equalTo("no permit for " + code + " yet"))
                .body("group", equalTo(group))
                .body("headers.ce_type", equalTo("io.forgeline.test.instruction.v1"))
                .body("payloadBase64", notNullValue());
        given().auth().oauth2(Tokens.user("admin")).accept("text/plain").when().get(LETTERS)
                .then().statusCode(200).body(containsString(id + "\tPARKED\t" + Facts.TOPIC));
    }

    private static void assertThatListHas(JsonPath list, String id) {
        org.hamcrest.MatcherAssert.assertThat(list.getList("id"), hasItem(id));
    }

    @Test
    void a_replay_that_still_fails_leaves_the_event_parked_and_says_why() {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8);
        String id = parkRefused(code);

        given().auth().oauth2(Tokens.user("admin")).when().post(LETTERS + "/" + id + "/replay")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("still cannot be applied, it stays parked: no permit for " + code + " yet"));
        given().auth().oauth2(Tokens.user("admin")).when().get(LETTERS + "/" + id)
                .then().statusCode(200).body("status", equalTo("FAILED_AGAIN")).body("lastReplay.by", equalTo("admin"));
    }

    @Test
    void once_the_cause_is_fixed_a_replay_applies_the_event_exactly_once() {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8);
        String id = parkRefused(code);
        LocalStack.sql(DATABASE, "insert into permit (code) values ('" + code + "')");

        given().auth().oauth2(Tokens.user("admin")).when().post(LETTERS + "/" + id + "/replay")
                .then().statusCode(200).body("status", equalTo("REPLAYED"));
        given().auth().oauth2(Tokens.user("admin")).when().post(LETTERS + "/" + id + "/replay")
                .then().statusCode(200).body("status", equalTo("REPLAYED"));

        Eventually.within(Duration.ofSeconds(5), () -> applied(code) == 1, code + " applied");
        org.assertj.core.api.Assertions.assertThat(applied(code)).as("a second replay applies nothing").isEqualTo(1);
    }

    @Test
    void replaying_all_replays_what_can_be_applied_and_keeps_the_rest() {
        String fixed = "D-" + UUID.randomUUID().toString().substring(0, 8);
        String stuck = "D-" + UUID.randomUUID().toString().substring(0, 8);
        String fixedId = parkRefused(fixed);
        String stuckId = parkRefused(stuck);
        LocalStack.sql(DATABASE, "insert into permit (code) values ('" + fixed + "')");

        JsonPath after = given().auth().oauth2(Tokens.user("admin")).when().post(LETTERS + "/replay")
                .then().statusCode(200).extract().jsonPath();

        org.assertj.core.api.Assertions.assertThat(after.getString("find { it.id == '" + fixedId + "' }.status")).isEqualTo("REPLAYED");
        org.assertj.core.api.Assertions.assertThat(after.getString("find { it.id == '" + stuckId + "' }.status")).isEqualTo("FAILED_AGAIN");
        org.assertj.core.api.Assertions.assertThat(applied(fixed)).isEqualTo(1);
    }

    @Test
    void only_an_admin_may_see_or_replay_dead_letters() {
        given().auth().oauth2(Tokens.user("planner")).when().get(LETTERS)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(LETTERS).then().statusCode(401);
        given().auth().oauth2(Tokens.user("planner")).when().post(LETTERS + "/0-0/replay").then().statusCode(403);
    }

    @Test
    void another_services_dead_letters_are_not_here_and_a_malformed_id_is_named() {
        given().auth().oauth2(Tokens.user("admin")).when().get("/api/warehouse/dead-letters")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("admin")).when().get(LETTERS + "/not-an-id")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.user("admin")).when().get(LETTERS + "/0-999999999")
                .then().statusCode(404);
    }
}
