package io.forgeline.execution.oee;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.Terminal.jsonAs;
import static io.forgeline.execution.oee.OeeTest.oee;
import static io.forgeline.execution.oee.OeeTest.publish;
import static io.forgeline.execution.oee.OeeTest.workCenter;
import static io.forgeline.execution.oee.OeeTest.workedCalendar;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked shift of docs/oee.md end to end: its signals posted to the real signal store as an edge gateway would
 * (states, the PARTS and REJECTS counters cumulative from a reading before the shift), the calendar through the real
 * Kafka, and the OEE read back equal to the hand-computed figures.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class OeeFromSignalsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static String at(String localTime) {
        return LocalDateTime.parse(OeeTest.MONDAY + "T" + (localTime.length() == 5 ? localTime + ":00" : localTime))
                .atZone(BERLIN).toInstant().toString();
    }

    private static String state(String localTime, String state) {
        return "{\"observedAt\":\"" + at(localTime) + "\",\"state\":\"" + state + "\"" + ("DOWN".equals(state) ? ",\"stopCode\":\"E-101\"" : "") + "}";
    }

    private static String counter(String localTime, String name, long value) {
        return "{\"observedAt\":\"" + at(localTime) + "\",\"counter\":\"" + name + "\",\"value\":" + value + "}";
    }

    @Test
    void the_worked_shift_posted_as_signals_gives_the_hand_computed_oee() {
        String calendar = code("CAL");
        String machine = code("SIG");
        publish(workedCalendar(calendar, 1).build());
        workCenter(calendar, machine);

        List<String> signals = new ArrayList<>(List.of(
                state("06:00", "SETUP"), state("06:30", "RUNNING"), state("09:00", "IDLE"), state("09:15", "RUNNING"),
                state("10:00", "IDLE"), state("10:05", "RUNNING"), state("11:00", "DOWN"), state("11:40", "RUNNING"),
                state("12:00", "IDLE"), state("12:30", "RUNNING"), state("13:50", "IDLE"), state("13:53", "RUNNING"),
                // the counters from a reading before the shift: 3 parts in the shift before, 100 in this one (14 an hour
                // from 07:30, 16 in the last), 5 at 14:00 that belong to the next shift; 4 rejects
                counter("05:00", "PARTS", 0), counter("05:59:59", "PARTS", 3),
                counter("05:00", "REJECTS", 0), counter("08:00", "REJECTS", 1), counter("12:45", "REJECTS", 4)));
        long parts = 3;
        for (int hour = 7; hour <= 13; hour++) {
            parts += hour == 13 ? 16 : 14;
            signals.add(counter(String.format("%02d:30", hour), "PARTS", parts));
        }
        signals.add(counter("14:00", "PARTS", parts + 5));
        jsonAs("admin", "{\"machineCode\":\"" + machine + "\",\"signals\":[" + String.join(",", signals) + "]}")
                .when().post("/api/execution/machine-signals").then().statusCode(200).body("stored", equalTo(signals.size()));

        oee("planner", "machine", machine).when().get("/api/execution/oee").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].period.shift", equalTo("Mon 06:00-14:00"))
                .body("[0].plannedBusyMinutes", equalTo(435.0f))
                .body("[0].actualProductionMinutes", equalTo(357.0f))
                .body("[0].downMinutes", equalTo(40.0f))
                .body("[0].setupMinutes", equalTo(30.0f))
                .body("[0].idleMinutes", equalTo(8.0f))
                .body("[0].unknownMinutes", equalTo(0.0f))
                .body("[0].producedQuantity", equalTo(100))
                .body("[0].goodQuantity", equalTo(96))
                .body("[0].availability", equalTo(0.8207f))
                .body("[0].quality", equalTo(0.96f));
    }
}
