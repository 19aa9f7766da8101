package io.forgeline.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.KafkaProbe;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/forgeline dlq} against the running services, as an administrator on call would use it: a
 * production order event no one can read is parked by execution; the terminal lists it, shows why, and a
 * replay that still fails says so and leaves it parked.
 */
@Order(Integer.MAX_VALUE - 2) // its letter stays parked; the walks' replay-all should not meet it
class DeadLettersCliTest {

    private static final String TOPIC = "scheduling.production-orders.v1";
    private static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";

    @Test
    void an_administrator_lists_shows_and_replays_a_parked_event_from_the_terminal() throws Exception {
        String key = "MO-POISON-" + UUID.randomUUID();
        // "n" starts a protobuf field of wire type 6, which does not exist: no reader can make sense of this
        KafkaProbe.send(TOPIC, key, "not a production order".getBytes(UTF_8), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RELEASED));

        // up to a session timeout (10 s) and a rebalance after ExecutionCrashTest's kill -9 before execution reads again
        String line = awaitListed(key, Duration.ofSeconds(90));
        String[] columns = line.split("\t");
        assertThat(columns[0]).isEqualTo("execution");
        assertThat(columns[2]).isEqualTo("PARKED");
        assertThat(columns[3]).startsWith(TOPIC + "/");
        assertThat(columns[4]).isEqualTo(key);
        assertThat(columns[5]).isEqualTo(RELEASED);
        assertThat(columns[7]).as("why, in the list already").contains("unreadable payload");
        String id = columns[1];

        Cli.Result shown = dlq("show", "execution", id);
        assertThat(shown.exit()).as(shown.output()).isZero();
        JsonPath letter = new JsonPath(shown.output());
        assertThat(letter.getString("status")).isEqualTo("PARKED");
        assertThat(letter.getString("originalTopic")).isEqualTo(TOPIC);
        assertThat(letter.getString("key")).isEqualTo(key);
        assertThat(letter.getString("exception")).as("why it was parked").isNotBlank();

        Cli.Result replayed = dlq("replay", "execution", id);
        assertThat(replayed.exit()).as("a replay that fails again is a failed command").isEqualTo(1);
        assertThat(replayed.output()).contains("422");

        JsonPath after = new JsonPath(dlq("show", "execution", id).output());
        assertThat(after.getString("status")).isEqualTo("FAILED_AGAIN");
        assertThat(after.getString("lastReplay.by")).isEqualTo("admin");

        Cli.Result unknown = dlq("show", "nowhere", id);
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.output()).contains("no service 'nowhere'");
    }

    private static String awaitListed(String key, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        String listing = "";
        while (Instant.now().isBefore(deadline)) {
            Cli.Result list = dlq("list", "execution");
            assertThat(list.exit()).as(list.output()).isZero();
            listing = list.output();
            Optional<String> line = listing.lines().filter(l -> l.contains(key)).findFirst();
            if (line.isPresent()) {
                assertThat(listing.lines().findFirst().orElseThrow()).startsWith("SERVICE\tID\tSTATUS\tORIGINAL\tKEY");
                return line.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no dead letter for " + key + " listed within " + limit + ":\n" + listing);
    }

    private static Cli.Result dlq(String... arguments) throws IOException, InterruptedException {
        return Cli.run("dlq", arguments);
    }
}
