package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static io.forgeline.systemtests.Plant.order;
import static io.forgeline.systemtests.Plant.release;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.Eventually;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Killing execution mid-stream loses no released order and duplicates none. */
class ExecutionCrashTest {

    @Test
    void every_order_released_around_a_kill_9_of_execution_gets_exactly_one_set_of_dispatch_entries() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            if (i == 8) {
                Suite.get().killHard("execution");
            }
            orders.add(release(as("planner"), order("GEARBOX-A", "2")).then().statusCode(201).extract().path("id"));
        }
        Suite.get().start("execution");
        Suite.get().awaitReady("execution", Duration.ofSeconds(120));

        Eventually.within(Duration.ofSeconds(60), () -> entriesAt("TST-01").keySet().containsAll(orders),
                "all " + orders.size() + " orders on TST-01");
        for (String workCenter : List.of("CNC-01", "ASM-01", "TST-01")) {
            Map<String, Long> entries = entriesAt(workCenter);
            for (String order : orders) {
                assertThat(entries.get(order)).as(order + " on " + workCenter).isEqualTo(1L);
            }
        }
    }

    private static Map<String, Long> entriesAt(String workCenter) {
        JsonPath list = as("operator").when().get("/api/execution/work-centers/" + workCenter + "/dispatch-list")
                .then().statusCode(200).extract().jsonPath();
        return list.<String>getList("entries.orderId").stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    }
}
