package io.forgeline.scheduling.masterdata.calendars;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newCalendar;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newMachine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newWorkCenter;
import static io.forgeline.scheduling.masterdata.MasterDataApi.machine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putMachine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.contracts.scheduling.v1.CalendarClosure;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class ClosureResourceTest {

    private static final Map<String, Object> CHRISTMAS = Map.of(
            "startsAt", "2031-12-24T23:00:00Z", "endsAt", "2031-12-26T23:00:00Z", "reason", "Christmas");

    @Test
    void a_planner_adds_a_holiday_to_a_calendar_and_removes_it_again() {
        String calendar = newCalendar();
        String path = BASE + "/calendars/" + calendar + "/closures";

        String id = as("planner").body(CHRISTMAS).when().post(path)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("kind", equalTo("HOLIDAY"))
                .body("calendarCode", equalTo(calendar))
                .body("startsAt", equalTo("2031-12-24T23:00:00Z"))
                .extract().path("id");
        as("operator").when().get(path).then().statusCode(200).body("id", equalTo(List.of(id))).body("[0].reason", equalTo("Christmas"));

        as("planner").when().delete(path + "/" + id).then().statusCode(204);

        as("planner").when().get(path).then().body("size()", equalTo(0));
        as("planner").when().delete(path + "/" + id).then().statusCode(404);
    }

    @Test
    void a_planner_plans_maintenance_of_a_machine() {
        String machine = newMachine(newWorkCenter("HONE"));
        String path = BASE + "/machines/" + machine + "/closures";

        as("planner").body(Map.of("kind", "MAINTENANCE", "startsAt", "2031-03-01T06:00:00Z", "endsAt", "2031-03-01T10:00:00Z",
                        "reason", "spindle bearings"))
                .when().post(path).then().statusCode(201).body("kind", equalTo("MAINTENANCE")).body("machineCode", equalTo(machine));

        as("quality").when().get(path).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void every_closure_change_publishes_the_calendars_snapshot_with_its_machines_maintenance_and_a_newer_version() {
        String calendar = newCalendar();
        String machine = unique(newWorkCenter("LAP"), calendar);
        long before = latest(calendar, c -> true).getVersion();

        String holiday = as("planner").body(CHRISTMAS).when().post(BASE + "/calendars/" + calendar + "/closures")
                .then().statusCode(201).extract().path("id");
        as("planner").body(Map.of("startsAt", "2031-03-01T06:00:00Z", "endsAt", "2031-03-01T10:00:00Z", "reason", "spindle"))
                .when().post(BASE + "/machines/" + machine + "/closures").then().statusCode(201);

        CalendarChanged snapshot = latest(calendar, c -> c.getClosuresCount() == 2);
        assertTrue(snapshot.getVersion() >= before + 2, "each change takes a newer version");
        CalendarClosure maintenance = snapshot.getClosuresList().stream().filter(c -> c.getKind().equals("MAINTENANCE")).findFirst().orElseThrow();
        assertEquals(machine, maintenance.getMachineCode());
        assertEquals("2031-03-01T06:00:00Z", maintenance.getStartsAt());
        assertEquals(List.of("HOLIDAY", ""), snapshot.getClosuresList().stream().filter(c -> c.getId().equals(holiday))
                .map(c -> List.of(c.getKind(), c.getMachineCode())).findFirst().orElseThrow());

        as("planner").when().delete(BASE + "/calendars/" + calendar + "/closures/" + holiday).then().statusCode(204);

        latest(calendar, c -> c.getClosuresCount() == 1 && c.getVersion() > snapshot.getVersion());
    }

    @Test
    void a_machine_moving_to_another_calendar_takes_its_maintenance_to_that_calendars_snapshot() {
        String from = newCalendar();
        String to = newCalendar();
        String workCenter = newWorkCenter("LAP");
        String machine = unique(workCenter, from);
        as("planner").body(Map.of("startsAt", "2031-04-01T06:00:00Z", "endsAt", "2031-04-01T10:00:00Z"))
                .when().post(BASE + "/machines/" + machine + "/closures").then().statusCode(201);
        long held = latest(from, c -> c.getClosuresCount() == 1).getVersion();

        Map<String, Object> moved = machine(workCenter, "lapping machine", to);
        moved.put("version", 0);
        putMachine("planner", machine, moved).then().statusCode(200);

        latest(to, c -> c.getClosuresCount() == 1 && c.getClosures(0).getMachineCode().equals(machine));
        latest(from, c -> c.getClosuresCount() == 0 && c.getVersion() > held);
    }

    private static String unique(String workCenter, String calendar) {
        String code = workCenter + "-M1";
        putMachine("planner", code, machine(workCenter, "lapping machine", calendar)).then().statusCode(201);
        return code;
    }

    private static CalendarChanged latest(String calendar, java.util.function.Predicate<CalendarChanged> wanted) {
        return KafkaProbe.await(CalendarEvents.TOPIC, r -> calendar.equals(r.key()) && wanted.test(parse(r.value())), Duration.ofSeconds(20))
                .map(r -> parse(r.value()))
                .orElseThrow(() -> new AssertionError("no snapshot of " + calendar + " as expected"));
    }

    private static CalendarChanged parse(byte[] value) {
        try {
            return CalendarChanged.parseFrom(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_closure_must_end_after_it_starts() {
        String calendar = newCalendar();

        as("planner").body(Map.of("startsAt", "2031-05-01T06:00:00Z", "endsAt", "2031-05-01T06:00:00Z"))
                .when().post(BASE + "/calendars/" + calendar + "/closures")
                .then().statusCode(422).body("errors[0].field", equalTo("endsAt"));
        as("planner").body(Map.of("startsAt", "2031-05-01T06:00:00Z"))
                .when().post(BASE + "/calendars/" + calendar + "/closures")
                .then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
    }

    @Test
    void a_calendar_closes_for_holidays_and_a_machine_for_maintenance_only() {
        as("planner").body(Map.of("kind", "MAINTENANCE", "startsAt", "2031-05-01T06:00:00Z", "endsAt", "2031-05-02T06:00:00Z"))
                .when().post(BASE + "/calendars/" + newCalendar() + "/closures")
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
        as("planner").body(Map.of("kind", "BREAKDOWN", "startsAt", "2031-05-01T06:00:00Z", "endsAt", "2031-05-02T06:00:00Z"))
                .when().post(BASE + "/machines/CNC-01-M1/closures")
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void closures_of_an_unknown_calendar_or_machine_are_not_found() {
        as("planner").body(CHRISTMAS).when().post(BASE + "/calendars/NO-SUCH-CALENDAR/closures").then().statusCode(404);
        as("planner").when().get(BASE + "/machines/NO-SUCH-MACHINE/closures").then().statusCode(404);
    }

    @Test
    void an_operator_may_not_add_closures() {
        as("operator").body(CHRISTMAS).when().post(BASE + "/calendars/TWO-SHIFT/closures").then().statusCode(403);
    }
}
