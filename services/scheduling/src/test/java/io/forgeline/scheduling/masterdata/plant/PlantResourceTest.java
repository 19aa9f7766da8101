package io.forgeline.scheduling.masterdata.plant;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.machine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newItem;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newMachine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newWorkCenter;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putMachine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class PlantResourceTest {

    @Test
    void a_planner_creates_a_work_center_and_renames_it_with_its_version() {
        String code = unique("MILL");
        as("planner").body(Map.of("name", "Milling 1")).when().put(BASE + "/work-centers/" + code)
                .then().statusCode(201).body("version", equalTo(0)).body("requiresStaging", equalTo(false))
                .body("machines", equalTo(List.of()));

        as("planner").body(Map.of("name", "Milling cell 1", "version", 0)).when().put(BASE + "/work-centers/" + code)
                .then().statusCode(200).body("name", equalTo("Milling cell 1")).body("version", equalTo(1));

        as("operator").when().get(BASE + "/work-centers").then().statusCode(200).body("code", hasItem(code));
        as("quality").when().get(BASE + "/work-centers/CNC-01").then().statusCode(200)
                .body("machines.code", equalTo(List.of("CNC-01-M1", "CNC-01-M2")));
    }

    @Test
    void a_work_center_that_requires_staging_is_stored_and_published_and_dropping_it_is_a_change() {
        String code = unique("KIT");
        as("planner").body(Map.of("name", "Kitting cell", "requiresStaging", true)).when().put(BASE + "/work-centers/" + code)
                .then().statusCode(201).body("requiresStaging", equalTo(true));
        as("operator").when().get(BASE + "/work-centers/" + code).then().body("requiresStaging", equalTo(true));
        as("operator").when().get(BASE + "/work-centers").then()
                .body("find { it.code == '" + code + "' }.requiresStaging", equalTo(true));
        WorkCenterChanged created = parse(KafkaProbe.await(WorkCenterEvents.TOPIC, r -> code.equals(r.key()) && parse(r).getVersion() == 0,
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no WorkCenterChanged for " + code)));
        assertEquals(true, created.getRequiresStaging());

        as("planner").body(Map.of("name", "Kitting cell", "requiresStaging", false, "version", 0)).when()
                .put(BASE + "/work-centers/" + code).then().statusCode(200).body("requiresStaging", equalTo(false)).body("version", equalTo(1));

        WorkCenterChanged changed = parse(KafkaProbe.await(WorkCenterEvents.TOPIC, r -> code.equals(r.key()) && parse(r).getVersion() == 1,
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no WorkCenterChanged version 1 for " + code)));
        assertEquals(false, changed.getRequiresStaging());
        assertEquals("Kitting cell", changed.getName());
    }

    @Test
    void a_stale_work_center_version_is_a_conflict() {
        String code = newWorkCenter("PAINT");
        as("planner").body(Map.of("name", "Paint shop", "version", 0)).when().put(BASE + "/work-centers/" + code).then().statusCode(200);

        as("planner").body(Map.of("name", "Paint booth", "version", 0)).when().put(BASE + "/work-centers/" + code)
                .then().statusCode(409).contentType("application/problem+json");
        as("planner").when().get(BASE + "/work-centers/" + code).then().body("name", equalTo("Paint shop"));
    }

    @Test
    void a_work_center_needs_a_name() {
        as("planner").body(Map.of("version", 0)).when().put(BASE + "/work-centers/" + unique("WELD"))
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void an_operator_may_not_change_work_centers_or_machines() {
        as("operator").body(Map.of("name", "x")).when().put(BASE + "/work-centers/" + unique("WELD")).then().statusCode(403);
        putMachine("operator", unique("M"), machine("CNC-01", "x", "TWO-SHIFT")).then().statusCode(403);
    }

    @Test
    void machines_are_listed_by_work_center_and_their_status_cannot_be_set_here() {
        String center = newWorkCenter("LASER");
        String code = unique("LASER-M");
        Map<String, Object> body = machine(center, "Trumpf 3030", "TWO-SHIFT");
        body.put("status", "DOWN");

        putMachine("planner", code, body).then().statusCode(201).body("status", equalTo("UP")).body("version", equalTo(0));

        as("operator").queryParam("workCenter", center).when().get(BASE + "/machines")
                .then().statusCode(200).body("code", equalTo(List.of(code))).body("[0].calendarCode", equalTo("TWO-SHIFT"));
        as("planner").when().get(BASE + "/machines/" + code).then().statusCode(200).body("status", equalTo("UP"));
        as("planner").when().get(BASE + "/machines/NO-SUCH-MACHINE").then().statusCode(404);
    }

    @Test
    void a_machine_needs_a_known_work_center_and_calendar() {
        putMachine("planner", unique("M"), machine("NO-SUCH-WC", "x", "TWO-SHIFT"))
                .then().statusCode(422).body("errors[0].field", equalTo("workCenterCode"));
        putMachine("planner", unique("M"), machine("CNC-01", "x", "NO-SUCH-CALENDAR"))
                .then().statusCode(422).body("errors[0].field", equalTo("calendarCode"));
        putMachine("planner", unique("M"), machine("CNC-01", "x", null))
                .then().statusCode(400).body("errors[0].field", equalTo("calendarCode"));
    }

    @Test
    void a_stale_machine_version_is_a_conflict() {
        String center = newWorkCenter("SAW");
        String code = newMachine(center);
        Map<String, Object> rename = machine(center, "Band saw", "TWO-SHIFT");
        rename.put("version", 0);
        putMachine("planner", code, rename).then().statusCode(200).body("version", equalTo(1));

        putMachine("planner", code, rename).then().statusCode(409);
        putMachine("planner", code, machine(center, "no version", "TWO-SHIFT")).then().statusCode(409);
    }

    @Test
    void a_machine_named_in_a_routing_cannot_leave_its_work_center() {
        String center = newWorkCenter("DRILL");
        String code = newMachine(center);
        String item = newItem("FLANGE", "MAKE");
        as("planner").body(List.of(Map.of("sequence", 10, "workCenterCode", center, "description", "Drill holes", "setupMinutes", 5,
                        "runMinutesPerUnit", "1.5", "machines", List.of(Map.of("machineCode", code, "setupMinutes", 5, "runMinutesPerUnit", "1.5")))))
                .when().put(BASE + "/items/" + item + "/routing").then().statusCode(200);
        Map<String, Object> move = machine(newWorkCenter("DRILL"), "moved", "TWO-SHIFT");
        move.put("version", 0);

        putMachine("planner", code, move).then().statusCode(422).body("errors[0].field", equalTo("workCenterCode"))
                .body("detail", equalTo("machine " + code + " runs operation 10 of item " + item + " at work center " + center
                        + ": change that routing first"));
    }

    @Test
    void a_machine_change_publishes_its_work_center_with_all_its_machines_and_a_newer_version() throws Exception {
        String center = newWorkCenter("GRIND");
        String first = newMachine(center);
        String second = unique(center + "-M");
        putMachine("planner", second, machine(center, "Studer S33", "TWO-SHIFT-SAT")).then().statusCode(201);

        ConsumerRecord<String, byte[]> record = KafkaProbe.await(WorkCenterEvents.TOPIC,
                        r -> center.equals(r.key()) && parse(r).getMachinesCount() == 2, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no WorkCenterChanged with both machines of " + center));

        assertEquals(WorkCenterEvents.CHANGED, KafkaProbe.header(record, "ce_type"));
        WorkCenterChanged event = parse(record);
        assertEquals(center, event.getCode());
        assertEquals("work center " + center, event.getName());
        assertEquals(2, event.getVersion()); // created 0, first machine 1, second machine 2
        assertEquals(java.util.stream.Stream.of(first, second).sorted().toList(), event.getMachinesList().stream().map(MachineSummary::getCode).sorted().toList());
        assertEquals("TWO-SHIFT-SAT", event.getMachinesList().stream().filter(m -> m.getCode().equals(second)).findFirst()
                .orElseThrow().getCalendarCode());
        as("planner").when().get(BASE + "/work-centers/" + center).then().body("version", equalTo(2));
    }

    @Test
    void moving_a_machine_publishes_both_work_centers() {
        String from = newWorkCenter("PRESS");
        String to = newWorkCenter("PRESS");
        String code = newMachine(from);
        Map<String, Object> move = machine(to, "moved press", "TWO-SHIFT");
        move.put("version", 0);

        putMachine("planner", code, move).then().statusCode(200).body("workCenterCode", equalTo(to));

        KafkaProbe.await(WorkCenterEvents.TOPIC, r -> from.equals(r.key()) && parse(r).getVersion() == 2
                        && parse(r).getMachinesCount() == 0, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError(from + " was not published without the machine"));
        KafkaProbe.await(WorkCenterEvents.TOPIC, r -> to.equals(r.key()) && parse(r).getMachinesCount() == 1, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError(to + " was not published with the machine"));
    }

    private static WorkCenterChanged parse(ConsumerRecord<String, byte[]> record) {
        try {
            return WorkCenterChanged.parseFrom(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
