package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Orders keep being released through the gateway while one part of the plant's IT fails and comes back.
 * Afterwards every order that was answered 201 has exactly one set of dispatch entries, no event was
 * parked as a dead letter, and the time the suite took to catch up is printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// last: its hundreds of orders would slow every solve that comes after it in the same suite
@Order(Integer.MAX_VALUE)
class FaultsUnderLoadTest {

    /** GEARBOX-A's routing: one operation at each. */
    private static final List<String> WORK_CENTERS = List.of("CNC-01", "ASM-01", "TST-01");
    private static final Duration PACE = Duration.ofMillis(250);
    /**
     * How long releases stream around each fault. The suite's run is short (it must fit the suite's time budget);
     * {@code -Dforgeline.faults.stream-seconds=60} (or more) runs the longer version by hand.
     */
    private static final Duration STREAM = Duration.ofSeconds(Long.getLong("forgeline.faults.stream-seconds", 30));
    private static final Duration BEFORE_FAULT = STREAM.dividedBy(6);
    /** A third of what the stream sends at its pace must get through, faults and all. */
    private static final long AT_LEAST_ACCEPTED = STREAM.dividedBy(PACE) / 3;
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(180);

    private interface Fault {
        void inject() throws Exception;

        void restore() throws Exception;
    }

    @Test
    @Order(1)
    void executions_database_away_for_ten_seconds() throws Exception {
        String database = Suite.database("execution");
        survive("execution's database unavailable for 10 s", new Fault() {
            public void inject() throws Exception {
                LocalStack.sql("postgres", "alter database " + database + " with allow_connections false",
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                Thread.sleep(10_000);
            }

            public void restore() {
                LocalStack.sql("postgres", "alter database " + database + " with allow_connections true");
            }
        });
    }

    @Test
    @Order(2)
    void postgresql_stopped_immediately_and_restarted() throws Exception {
        survive("PostgreSQL stopped with pg_ctl stop -m immediate and restarted", new Fault() {
            public void inject() throws Exception {
                Suite.get().launcher("infra", "kill", "postgres");
                Thread.sleep(5_000);
            }

            public void restore() throws Exception {
                Suite.get().launcher("infra", "up");
            }
        });
    }

    @Test
    @Order(3)
    void the_kafka_broker_killed_and_restarted() throws Exception {
        survive("the Kafka broker killed with -9 and restarted", new Fault() {
            public void inject() throws Exception {
                Suite.get().launcher("infra", "kill", "kafka");
                Thread.sleep(5_000);
            }

            public void restore() throws Exception {
                Suite.get().launcher("infra", "up");
            }
        });
    }

    @Test
    @Order(4)
    void the_scheduling_service_killed_and_restarted() throws Exception {
        survive("the scheduling service killed with -9 and restarted", new Fault() {
            public void inject() throws Exception {
                Suite.get().killHard("scheduling");
                Thread.sleep(2_000);
            }

            public void restore() throws Exception {
                Suite.get().start("scheduling");
                Suite.get().awaitReady("scheduling", Duration.ofSeconds(120));
            }
        });
    }

    private static void survive(String name, Fault fault) throws Exception {
        Suite suite = Suite.get();
        Map<String, Long> deadLettersBefore = deadLetters();
        Instant restored;
        Duration recovery;
        ReleaseStream stream = ReleaseStream.start(suite.gateway(), PACE);
        Instant began = Instant.now();
        try {
            Thread.sleep(BEFORE_FAULT.toMillis());
            try {
                fault.inject();
            } finally {
                fault.restore();
                restored = Instant.now();
            }
            recovery = catchUp(stream, restored);
            Duration left = STREAM.minus(Duration.between(began, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } finally {
            stream.stop();
        }
        for (String service : Suite.SERVICES) {
            suite.awaitReady(service, Duration.ofSeconds(120));
        }

        List<String> accepted = stream.accepted();
        Map<String, Map<String, Long>> entries = awaitDispatched(accepted);

        List<String> lost = accepted.stream().filter(order -> WORK_CENTERS.stream()
                .anyMatch(center -> entries.get(center).getOrDefault(order, 0L) == 0)).toList();
        List<String> duplicated = accepted.stream().filter(order -> WORK_CENTERS.stream()
                .anyMatch(center -> entries.get(center).getOrDefault(order, 0L) > 1)).toList();
        Map<String, Long> parked = new HashMap<>(deadLetters());
        parked.replaceAll((topic, count) -> count - deadLettersBefore.getOrDefault(topic, 0L));
        parked.values().removeIf(count -> count == 0);
        System.out.printf("FAULT %s: %d releases sent, answers %s; %d accepted; every order accepted before the end of the "
                        + "fault was on the dispatch lists %.1f s after it; "
                        + "lost %d, duplicated %d, dead letters %s%n",
                name, stream.releases().size(), stream.statuses(), accepted.size(), recovery.toMillis() / 1000.0,
                lost.size(), duplicated.size(), parked);

        assertThat(accepted).as("releases answered 201 around the fault").hasSizeGreaterThan((int) AT_LEAST_ACCEPTED);
        assertThat(lost).as("orders answered 201 without dispatch entries").isEmpty();
        assertThat(duplicated).as("orders with more than one entry for an operation").isEmpty();
        assertThat(parked).as("events parked as dead letters").isEmpty();
        assertThat(stream.statuses().keySet()).as("nothing but created or 'come back later'")
                .isSubsetOf(Set.of(201, 502, 503, 504, -1));
    }

    /**
     * How long after the fault ended every order accepted until then was on all dispatch lists: the time
     * the suite needed to work off what the fault held up.
     */
    private static Duration catchUp(ReleaseStream stream, Instant restored) throws InterruptedException {
        List<String> before = stream.releases().stream().filter(r -> r.accepted() && r.sentAt().isBefore(restored))
                .map(ReleaseStream.Release::orderId).toList();
        awaitDispatched(before);
        return Duration.between(restored, Instant.now());
    }

    /** Waits until every accepted order is on all three dispatch lists; the entries per order per work center. */
    private static Map<String, Map<String, Long>> awaitDispatched(List<String> accepted) throws InterruptedException {
        Instant deadline = Instant.now().plus(CATCH_UP_LIMIT);
        Map<String, Map<String, Long>> entries = new HashMap<>();
        while (true) {
            for (String center : WORK_CENTERS) {
                entries.put(center, entriesAt(center));
            }
            boolean complete = WORK_CENTERS.stream().allMatch(center -> entries.get(center).keySet().containsAll(accepted));
            if (complete || Instant.now().isAfter(deadline)) {
                return entries;
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, Long> entriesAt(String workCenter) {
        var response = as("operator").when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list");
        if (response.statusCode() != 200) {
            return Map.of();
        }
        return response.jsonPath().<String>getList("entries.orderId").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Records on each service's dead-letter topic. */
    private static Map<String, Long> deadLetters() {
        Map<String, Long> counts = new HashMap<>();
        for (String service : Suite.SERVICES) {
            String topic = "dlq." + Suite.group(service);
            counts.put(topic, (long) KafkaProbe.all(topic).size());
        }
        return counts;
    }
}
