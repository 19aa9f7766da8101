package io.forgeline.execution.plant;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class WorkCenterReadModelTest {

    private static JsonPath machinesAt(String workCenter) {
        return as("operator").queryParam("workCenter", workCenter).when().get("/api/execution/machines")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_work_center_event_makes_its_machines_known_to_the_terminals() {
        String center = code("WC");
        String m1 = code("M");
        String m2 = code("M");
        publish(workCenter(center, 1, Instant.now(), m1, m2));

        JsonPath machines = machinesAt(center);
        assertEquals(List.of(m1, m2).stream().sorted().toList(), machines.getList("code"));
        assertEquals(List.of("UP", "UP"), machines.getList("status"));
        assertEquals(List.of(center, center), machines.getList("workCenterCode"));
        as("operator").when().get("/api/execution/machines/" + m1).then().statusCode(200);
    }

    @Test
    void a_newer_version_replaces_the_machine_list() {
        String center = code("WC");
        String kept = code("M");
        String dropped = code("M");
        String added = code("M");
        Instant now = Instant.now();
        publish(workCenter(center, 1, now.minusSeconds(60), kept, dropped));
        publish(workCenter(center, 2, now, kept, added));

        JsonPath machines = machinesAt(center);
        assertEquals(List.of(kept, added).stream().sorted().toList(), machines.getList("code"));
        assertEquals("Machine " + kept + " v2", machines.getString("find { it.code == '" + kept + "' }.name"));
        as("operator").when().get("/api/execution/machines/" + dropped).then().statusCode(404);
    }

    @Test
    void an_older_version_arriving_late_changes_nothing() {
        String center = code("WC");
        String current = code("M");
        String stale = code("M");
        Instant now = Instant.now();
        publish(workCenter(center, 5, now, current));
        publish(workCenter(center, 4, now.minusSeconds(60), current, stale));
        publish(workCenter(center, 5, now.minusSeconds(30), stale));

        JsonPath machines = machinesAt(center);
        assertEquals(List.of(current), machines.getList("code"));
        assertEquals("Machine " + current + " v5", machines.getString("[0].name"));
    }

    @Test
    void the_same_event_delivered_twice_is_applied_once() {
        String center = code("WC");
        String first = code("M");
        String second = code("M");
        Instant now = Instant.now();
        String eventId = UUID.randomUUID().toString();
        publish(workCenter(center, 1, now.minusSeconds(60), first), eventId);
        publish(workCenter(center, 2, now, second));
        publish(workCenter(center, 1, now.minusSeconds(60), first), eventId);

        assertEquals(List.of(second), machinesAt(center).getList("code"));
    }

    @Test
    void a_machine_moved_to_another_work_center_stays_there_whatever_order_the_events_arrive_in() {
        String from = code("WC");
        String to = code("WC");
        String moved = code("M");
        Instant before = Instant.now().minusSeconds(120);
        Instant move = Instant.now().minusSeconds(60);
        // the new work center's event overtakes the old work center's last two
        publish(workCenter(to, 3, move, moved));
        publish(workCenter(from, 1, before, moved));
        assertEquals(List.of(moved), machinesAt(to).getList("code"));
        assertEquals(List.of(), machinesAt(from).getList("code"));

        publish(workCenter(from, 2, move));
        assertEquals(List.of(moved), machinesAt(to).getList("code"));
    }
}
