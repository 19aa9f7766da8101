package io.forgeline.scheduling.masterdata.calendars;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.calendar;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putCalendar;
import static io.forgeline.scheduling.masterdata.MasterDataApi.shift;
import static io.forgeline.scheduling.masterdata.MasterDataApi.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class CalendarResourceTest {

    @Test
    void a_planner_puts_a_three_shift_calendar_with_breaks_and_everyone_may_read_it() {
        String code = unique("THREE-SHIFT");
        Map<String, Object> calendar = calendar(
                List.of(shift(1, "06:00", "14:00"), shift(1, "14:00", "22:00"), shift(1, "22:00", "06:00"), shift(2, "06:00", "14:00")),
                List.of(shift(1, "10:00", "10:30"), shift(2, "02:00", "02:30")));

        putCalendar("planner", code, calendar).then().statusCode(201).body("version", equalTo(0));

        as("operator").when().get(BASE + "/calendars/" + code).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("shifts.size()", equalTo(4))
                .body("shifts[2].startsAt", equalTo("22:00"))
                .body("shifts[2].endsAt", equalTo("06:00"))
                .body("breaks[1].dayOfWeek", equalTo(2))
                .body("breaks[1].startsAt", equalTo("02:00"));
        as("quality").when().get(BASE + "/calendars").then().statusCode(200).body("code", hasItem("TWO-SHIFT"));
    }

    @Test
    void replacing_a_calendar_replaces_its_shifts_and_moves_its_version() {
        String code = unique("DAY");
        putCalendar("planner", code, calendar(List.of(shift(1, "08:00", "16:00")), List.of())).then().statusCode(201);
        Map<String, Object> longer = calendar(List.of(shift(1, "07:00", "17:00"), shift(2, "07:00", "17:00")), List.of());
        longer.put("version", 0);

        putCalendar("planner", code, longer).then().statusCode(200).body("version", equalTo(1)).body("shifts.size()", equalTo(2));

        putCalendar("admin", code, longer).then().statusCode(409).contentType("application/problem+json");
        as("planner").when().get(BASE + "/calendars/" + code).then().body("shifts[0].startsAt", equalTo("07:00"));
    }

    @Test
    void overlapping_shifts_are_refused_naming_the_shift() {
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "06:00", "14:00"), shift(1, "13:00", "21:00")), List.of()))
                .then().statusCode(422).body("errors[0].field", equalTo("shifts[1]"))
                .body("detail", equalTo("shift Mon 13:00-21:00 overlaps shift Mon 06:00-14:00 (shifts[0])"));
    }

    @Test
    void sundays_night_shift_overlapping_monday_morning_is_refused() {
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "05:00", "13:00"), shift(7, "22:00", "06:00")), List.of()))
                .then().statusCode(422).body("errors[0].field", equalTo("shifts[1]"));
    }

    @Test
    void a_break_outside_the_shifts_is_refused_naming_the_break() {
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "06:00", "14:00")), List.of(shift(1, "15:00", "15:30"))))
                .then().statusCode(422).body("errors[0].field", equalTo("breaks[0]"));
    }

    @Test
    void a_calendar_without_shifts_is_refused() {
        String code = unique("EMPTY");
        putCalendar("planner", code, calendar(List.of(), List.of()))
                .then().statusCode(422).body("detail", equalTo("a calendar needs working time: add at least one shift"));

        as("planner").when().get(BASE + "/calendars/" + code).then().statusCode(404);
    }

    @Test
    void the_time_zone_must_be_an_iana_zone_id() {
        Map<String, Object> calendar = calendar(List.of(shift(1, "06:00", "14:00")), List.of());
        calendar.put("timeZone", "Europe/Atlantis");

        putCalendar("planner", unique("BAD"), calendar).then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        calendar.put("timeZone", "+01:00");
        putCalendar("planner", unique("BAD"), calendar).then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void weekdays_and_times_of_day_are_checked_naming_the_field() {
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(8, "06:00", "14:00")), List.of()))
                .then().statusCode(400).body("errors[0].field", equalTo("shifts[0].dayOfWeek"));
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "6:00", "14:00")), List.of()))
                .then().statusCode(400).body("errors[0].field", equalTo("shifts[0].startsAt"));
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "06:00", "24:00")), List.of()))
                .then().statusCode(400).body("errors[0].field", equalTo("shifts[0].endsAt"));
        putCalendar("planner", unique("BAD"), calendar(List.of(shift(1, "22:00", "06:00")), List.of(shift(1, "23:30", "00:30"))))
                .then().statusCode(400).body("errors[0].field", equalTo("breaks[0].endsAt"));
    }

    @Test
    void an_operator_may_not_change_calendars() {
        putCalendar("operator", unique("OP"), calendar(List.of(shift(1, "06:00", "14:00")), List.of())).then().statusCode(403);
    }
}
