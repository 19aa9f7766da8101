package io.forgeline.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.StringValue;
import io.forgeline.platform.testapp.OutboxWriter;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The relay: commit order per aggregate, one active relay per database, the backlog as a metric. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = OutboxRelayTest.DATABASE))
class OutboxRelayTest {

    static final String DATABASE = "forgeline_test_platform";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static List<String> published(String key) {
        return KafkaProbe.all(OutboxWriter.TOPIC).stream().filter(r -> key.equals(r.key())).map(OutboxRelayTest::text).toList();
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        try {
            return StringValue.parseFrom(record.value()).getValue();
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> numbered(String key, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> key + "#" + n).toList();
    }

    @Test
    void the_events_of_one_aggregate_leave_in_the_order_they_were_written() {
        String key = "A-" + UUID.randomUUID();
        given().post("/test/outbox/" + key + "?count=40").then().statusCode(200);

        Eventually.within(Duration.ofSeconds(20), () -> published(key).size() >= 40, "40 events of " + key + " published");
        assertThat(published(key)).containsExactlyElementsOf(numbered(key, 40));
    }

    @Test
    void only_the_replica_holding_the_lock_relays_and_another_takes_over_when_it_goes() throws Exception {
        String key = "B-" + UUID.randomUUID();
        String url = "jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/" + Checkout.database(DATABASE);
        try (Connection otherReplica = DriverManager.getConnection(url, LocalStack.dbUser(), LocalStack.dbPassword())) {
            // the relay's lead ends with its connection; the "other replica" takes the lock before it can
            takeTheLead(otherReplica);

            given().post("/test/outbox/" + key + "?count=3").then().statusCode(200);
            Thread.sleep(3_000);
            assertThat(published(key)).as("published while another replica leads").isEmpty();
            Eventually.within(Duration.ofSeconds(10), () -> backlog() >= 3, "the backlog metric counts the waiting events");
        }
        // the other replica is gone, and its lock with it
        Eventually.within(Duration.ofSeconds(20), () -> published(key).size() == 3, "published once the lock is free");
        assertThat(published(key)).containsExactlyElementsOf(numbered(key, 3));
        Eventually.within(Duration.ofSeconds(10), () -> backlog() == 0, "nothing left in the backlog");
    }

    private static void takeTheLead(Connection otherReplica) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            LocalStack.sql("postgres", "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = "
                    + 0x0f0b_0c5L + " and database = (select oid from pg_database where datname = '" + Checkout.database(DATABASE) + "')");
            try (var statement = otherReplica.createStatement(); var rows = statement.executeQuery("select pg_try_advisory_lock(" + 0x0f0b_0c5L + ")")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("could not take the relay's lock");
    }

    private double backlog() {
        String body = given().get(metrics).asString();
        return body.lines().filter(line -> line.startsWith("forgeline_outbox_pending")).mapToDouble(line ->
                Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
