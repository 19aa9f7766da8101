package io.forgeline.execution.oee;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.Terminal.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.OeeCalculated;
import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.contracts.scheduling.v1.CalendarClosure;
import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.WeeklyTime;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.execution.ShopFloorEvents;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The OEE through the real Kafka, PostgreSQL and Keycloak: calendars arrive as scheduling publishes them, GET
 * /api/execution/oee answers the worked shift of docs/oee.md, and the publisher puts each machine's shift on
 * execution.oee.v1. The signal timelines come from {@link FixedMachineTimelines} (a sibling feature's stand-in).
 */
@QuarkusTest
@TestProfile(OeeProfile.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OeeTest {

    static final String CALENDARS = "scheduling.calendars.v1";
    static final String CALENDAR_CHANGED = "io.forgeline.scheduling.calendar.changed.v1";
    static final String MONDAY = "2026-06-15";

    static WeeklyTime weekly(int day, String from, String to) {
        return WeeklyTime.newBuilder().setDayOfWeek(day).setStartsAt(from).setEndsAt(to).build();
    }

    /** Mon 06:00-14:00 with breaks 09:00-09:15 and 12:00-12:30, Europe/Berlin: the worked shift's calendar. */
    static CalendarChanged.Builder workedCalendar(String code, long version) {
        return CalendarChanged.newBuilder().setCode(code).setName("Calendar " + code).setTimeZone("Europe/Berlin")
                .addShifts(weekly(1, "06:00", "14:00")).addBreaks(weekly(1, "09:00", "09:15")).addBreaks(weekly(1, "12:00", "12:30"))
                .setVersion(version).setChangedAt(Instant.now().toString());
    }

    static void publish(CalendarChanged calendar) {
        deliver(CALENDARS, calendar.getCode(), calendar.toByteArray(), UUID.randomUUID().toString(), CALENDAR_CHANGED);
    }

    /** A work center with machines on the given calendar; returns the work center's code. */
    static String workCenter(String calendar, String... machines) {
        String center = code("WC");
        WorkCenterChanged.Builder event = WorkCenterChanged.newBuilder().setCode(center).setName("Work center " + center)
                .setVersion(1).setChangedAt(Instant.now().toString());
        for (String machine : machines) {
            event.addMachines(MachineSummary.newBuilder().setCode(machine).setName("Machine " + machine).setCalendarCode(calendar));
        }
        ShopFloorEvents.publish(event.build());
        return center;
    }

    static RequestSpecification oee(String user, String owner, String code) {
        return as(user).queryParam(owner, code).queryParam("from", MONDAY + "T00:00:00Z").queryParam("to", "2026-06-16T00:00:00Z");
    }

    @Test
    void the_worked_shift_is_answered_with_its_hand_computed_figures() {
        String calendar = code("CAL");
        String machine = code("OEE");
        publish(workedCalendar(calendar, 1).build());
        workCenter(calendar, machine);

        oee("planner", "machine", machine).when().get("/api/execution/oee")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].machine", equalTo(machine))
                .body("[0].period.from", equalTo("2026-06-15T04:00:00Z"))
                .body("[0].period.to", equalTo("2026-06-15T12:00:00Z"))
                .body("[0].period.shift", equalTo("Mon 06:00-14:00"))
                .body("[0].plannedBusyMinutes", equalTo(435.0f))
                .body("[0].actualProductionMinutes", equalTo(357.0f))
                .body("[0].downMinutes", equalTo(40.0f))
                .body("[0].setupMinutes", equalTo(30.0f))
                .body("[0].idleMinutes", equalTo(8.0f))
                .body("[0].unknownMinutes", equalTo(0.0f))
                .body("[0].producedQuantity", equalTo(100))
                .body("[0].goodQuantity", equalTo(96))
                .body("[0].scrapQuantity", equalTo(4))
                .body("[0].availability", equalTo(0.8207f))
                .body("[0].quality", equalTo(0.96f))
                // no operation ran on the machine in this test, so no piece has a planned run time (OeeRuleTest has them)
                .body("[0].performance", equalTo(0.0f))
                .body("[0].oee", equalTo(0.0f));
    }

    @Test
    void a_day_without_shifts_has_a_row_with_null_factors() {
        String calendar = code("CAL");
        String machine = code("OEE");
        publish(workedCalendar(calendar, 1).build());
        workCenter(calendar, machine);

        as("quality").queryParam("machine", machine).queryParam("from", "2026-06-14T00:00:00Z").queryParam("to", "2026-06-16T00:00:00Z")
                .queryParam("grain", "day").when().get("/api/execution/oee")
                .then().statusCode(200)
                .body("size()", equalTo(3))   // Sunday, Monday and the hours of Tuesday before midnight UTC, in Berlin days
                .body("[0].period.from", equalTo("2026-06-14T00:00:00Z"))
                .body("[0].period.to", equalTo("2026-06-14T22:00:00Z"))
                .body("[0].period.shift", nullValue())
                .body("[0].plannedBusyMinutes", equalTo(0.0f))
                .body("[0].availability", nullValue())
                .body("[0].performance", nullValue())
                .body("[0].oee", nullValue())
                .body("[1].plannedBusyMinutes", equalTo(435.0f));
    }

    @Test
    void a_work_center_adds_up_its_machines() {
        String calendar = code("CAL");
        String m1 = code("OEE");
        String m2 = code("OEE");
        publish(workedCalendar(calendar, 1).build());
        String center = workCenter(calendar, m1, m2);

        oee("operator", "workCenter", center).when().get("/api/execution/oee")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].workCenter", equalTo(center))
                .body("[0].plannedBusyMinutes", equalTo(870.0f))
                .body("[0].producedQuantity", equalTo(200))
                .body("[0].availability", equalTo(0.8207f));
    }

    @Test
    void a_newer_calendar_snapshot_replaces_the_held_one_and_an_older_one_changes_nothing() {
        String calendar = code("CAL");
        String machine = code("OEE");
        String other = code("OEE");
        workCenter(calendar, machine, other);
        // version 2: the worked calendar plus maintenance of the machine 06:00-07:00 (Berlin) and nothing for the other
        publish(workedCalendar(calendar, 2).addClosures(CalendarClosure.newBuilder().setId(UUID.randomUUID().toString())
                .setKind("MAINTENANCE").setMachineCode(machine).setStartsAt("2026-06-15T04:00:00Z").setEndsAt("2026-06-15T05:00:00Z")
                .setReason("spindle")).build());
        // version 1 arrives late: a calendar without breaks
        publish(CalendarChanged.newBuilder().setCode(calendar).setName("old").setTimeZone("Europe/Berlin")
                .addShifts(weekly(1, "06:00", "14:00")).setVersion(1).setChangedAt(Instant.now().toString()).build());

        oee("admin", "machine", machine).when().get("/api/execution/oee").then().statusCode(200)
                .body("[0].plannedBusyMinutes", equalTo(375.0f));
        oee("admin", "machine", other).when().get("/api/execution/oee").then().statusCode(200)
                .body("[0].plannedBusyMinutes", equalTo(435.0f));
    }

    @Test
    void bad_windows_and_grains_are_400s_naming_the_parameter() {
        String machine = code("OEE");
        workCenter(code("CAL"), machine);
        String path = "/api/execution/oee";

        as("planner").queryParam("machine", machine).queryParam("to", "2026-06-16T00:00:00Z").when().get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("planner").queryParam("machine", machine).queryParam("from", "yesterday").queryParam("to", "2026-06-16T00:00:00Z").when().get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("planner").queryParam("machine", machine).queryParam("from", "2026-06-16T00:00:00Z").queryParam("to", "2026-06-16T00:00:00Z")
                .when().get(path).then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("planner").queryParam("machine", machine).queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-04-05T00:00:01Z")
                .when().get(path).then().statusCode(400).body("errors[0].field", equalTo("to"));
        oee("planner", "machine", machine).queryParam("grain", "week").when().get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("grain"));
        as("planner").queryParam("from", "2026-06-15T00:00:00Z").queryParam("to", "2026-06-16T00:00:00Z").when().get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("machine"));
    }

    @Test
    void an_unknown_machine_or_work_center_is_a_404_and_a_warehouse_clerk_may_not_read() {
        oee("planner", "machine", "NO-SUCH-MACHINE").when().get("/api/execution/oee").then().statusCode(404);
        oee("planner", "workCenter", "NO-SUCH-WC").when().get("/api/execution/oee").then().statusCode(404);
        oee("clerk", "machine", "NO-SUCH-MACHINE").when().get("/api/execution/oee").then().statusCode(403);
    }

    @Test
    void each_machines_shift_is_published_while_it_runs_and_once_final_after_it_ended() {
        // a shift every day from midnight to midnight (UTC): yesterday's has ended, today's runs
        String calendar = code("CAL");
        CalendarChanged.Builder allDay = CalendarChanged.newBuilder().setCode(calendar).setName("all day").setTimeZone("UTC")
                .setVersion(1).setChangedAt(Instant.now().toString());
        for (int day = 1; day <= 7; day++) {
            allDay.addShifts(weekly(day, "00:00", "00:00"));
        }
        publish(allDay.build());
        String machine = code("OEE");
        String center = workCenter(calendar, machine);
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();

        OeeCalculated running = parse(KafkaProbe.await("execution.oee.v1",
                        r -> machine.equals(r.key()) && !parse(r.value()).getFinal(), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no OEE of the running shift of " + machine)).value());
        assertEquals(center, running.getWorkCenterCode());
        assertEquals(today.toString(), running.getPeriodFrom());
        assertEquals("SHIFT", running.getGrain());
        assertEquals("1.0000", running.getAvailability());
        assertEquals("7", running.getProducedQuantity());
        assertEquals("0.0000", running.getPerformance());   // no operation ran: no planned run time
        assertTrue(running.getPlannedBusyMs() > 0);

        OeeCalculated ended = parse(KafkaProbe.await("execution.oee.v1",
                        r -> machine.equals(r.key()) && parse(r.value()).getFinal(), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no final OEE of yesterday's shift of " + machine)).value());
        assertEquals(today.toString(), ended.getPeriodTo());
        assertEquals(86_400_000L, ended.getPlannedBusyMs());
        assertEquals("1.0000", ended.getAvailability());
        assertEquals("0.0000", ended.getOee());

        // later ticks recalculate the running shift, never the final one again
        long seen = Instant.now().toEpochMilli();
        KafkaProbe.await("execution.oee.v1", r -> machine.equals(r.key()) && r.timestamp() > seen + 2_000, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("the running shift of " + machine + " was not recalculated"));
        long finals = KafkaProbe.all("execution.oee.v1").stream()
                .filter(r -> machine.equals(r.key()) && parse(r.value()).getFinal()).count();
        assertEquals(1, finals, "the ended shift is published final once");
    }

    static OeeCalculated parse(byte[] value) {
        try {
            return OeeCalculated.parseFrom(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
