package io.forgeline.platform.inbox;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.platform.deadletters.DeadLetterHeaders;
import io.forgeline.platform.testapp.Facts;
import io.forgeline.testing.Checkout;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What a consumer does with each kind of failure, against the real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ConsumerFaultsTest.DATABASE))
class ConsumerFaultsTest {

    static final String DATABASE = "forgeline_test_platform";
    private static final String TYPE = "io.forgeline.test.instruction.v1";

    @ConfigProperty(name = "forgeline.consumer.group")
    String group;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    private static String send(String instruction) {
        String id = UUID.randomUUID().toString();
        send(id, instruction);
        return id;
    }

    private static void send(String id, String instruction) {
        KafkaProbe.send(Facts.TOPIC, "k-" + id, instruction.getBytes(UTF_8), KafkaProbe.cloudEvent(id, TYPE));
    }

    private static String code() {
        return "F-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long applied(String code) {
        return LocalStack.count(DATABASE, "select coalesce(sum(applied), 0) from fact where code = '" + code + "'");
    }

    private ConsumerRecord<String, byte[]> parked(String ceId) {
        return KafkaProbe.await(DeadLetterHeaders.topicOf(group), r -> ceId.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("event " + ceId + " was not parked on " + DeadLetterHeaders.topicOf(group)));
    }

    private boolean isParked(String ceId) {
        return KafkaProbe.all(DeadLetterHeaders.topicOf(group)).stream().anyMatch(r -> ceId.equals(KafkaProbe.header(r, "ce_id")));
    }

    @Test
    void an_event_delivered_twice_is_applied_once() {
        String code = code();
        String id = UUID.randomUUID().toString();
        send(id, "fact:" + code);
        send(id, "fact:" + code);
        String after = code();
        send("fact:" + after);

        Eventually.within(Duration.ofSeconds(20), () -> applied(after) == 1, after + " applied");
        assertThat(applied(code)).isEqualTo(1);
    }

    @Test
    void an_event_refused_by_a_business_rule_is_parked_with_the_reason_and_the_next_one_still_applies() {
        String refused = code();
        String id = send("refuse:" + refused);
        String next = code();
        send("fact:" + next);

        Eventually.within(Duration.ofSeconds(20), () -> applied(next) == 1, next + " applied after the refused one");
        ConsumerRecord<String, byte[]> letter = parked(id);
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo("io.forgeline.platform.problem.RuleViolation");
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.MESSAGE)).isEqualTo("no permit for " + refused + " yet");
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(Facts.TOPIC);
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.ORIGINAL_PARTITION)).matches("\\d+");
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.GROUP)).isEqualTo(group);
        assertThat(new String(letter.value(), UTF_8)).as("the original payload").isEqualTo("refuse:" + refused);
        assertThat(applied(refused)).isZero();
    }

    @Test
    void an_event_without_cloud_event_headers_is_parked_as_unreadable() {
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(Facts.TOPIC, "k-" + marker, ("fact:" + code()).getBytes(UTF_8), Map.of("marker", marker));

        ConsumerRecord<String, byte[]> letter = KafkaProbe.await(DeadLetterHeaders.topicOf(group),
                r -> marker.equals(KafkaProbe.header(r, "marker")), Duration.ofSeconds(30)).orElseThrow();
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo(PoisonEvent.class.getName());
    }

    @Test
    void a_failure_that_keeps_coming_while_the_database_answers_is_parked_after_a_few_attempts() {
        String id = send("bug:" + code());

        ConsumerRecord<String, byte[]> letter = parked(id);
        assertThat(KafkaProbe.header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void while_the_database_is_away_the_event_waits_readiness_is_down_and_it_is_applied_once_when_it_is_back() {
        String code = code();
        String id;
        try {
            LocalStack.sql("postgres", "alter database " + Checkout.database(DATABASE) + " with allow_connections false",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + Checkout.database(DATABASE) + "'");
            id = send("fact:" + code);
            Eventually.within(Duration.ofSeconds(20), () -> "DOWN".equals(consumersHealth()), "consumers not ready while the event waits");
            assertThat(given().get(ready).statusCode()).isEqualTo(503);
            // several back-off rounds with the database away: the event must not be parked meanwhile
            sleep(Duration.ofSeconds(4));
        } finally {
            LocalStack.sql("postgres", "alter database " + Checkout.database(DATABASE) + " with allow_connections true");
        }
        Eventually.within(Duration.ofSeconds(30), () -> applied(code) == 1, code + " applied once the database is back");
        Eventually.within(Duration.ofSeconds(20), () -> given().get(ready).statusCode() == 200, "ready again");
        assertThat(isParked(id)).as("parked during the outage").isFalse();
        assertThat(applied(code)).isEqualTo(1);
    }

    private String consumersHealth() {
        return given().get(ready).jsonPath().getString("checks.find { it.name == 'Event consumers' }.status");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
