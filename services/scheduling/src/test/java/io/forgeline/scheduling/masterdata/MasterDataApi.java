package io.forgeline.scheduling.masterdata;

import static io.restassured.RestAssured.given;

import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The master-data REST API as the tests drive it: real tokens, JSON bodies, codes unique to each run. */
public final class MasterDataApi {

    public static final String BASE = "/api/scheduling";

    private MasterDataApi() {
    }

    /** Kafka outlives the test database: a code made fresh per run is never mistaken for an older event. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> item(String description, String makeOrBuy) {
        Map<String, Object> item = new HashMap<>();
        item.put("description", description);
        item.put("unit", "PCE");
        item.put("makeOrBuy", makeOrBuy);
        if ("BUY".equals(makeOrBuy)) {
            item.put("supplierCode", "ACME");
        }
        return item;
    }

    public static Response putItem(String user, String code, Map<String, Object> item) {
        return as(user).body(item).when().put(BASE + "/items/" + code);
    }

    /** A made item ready to be used in BOMs and routings. */
    public static String newItem(String prefix, String makeOrBuy) {
        String code = unique(prefix);
        putItem("planner", code, item("test item " + code, makeOrBuy)).then().statusCode(201);
        return code;
    }

    public static Map<String, Object> component(String code, Object quantityPer, Object scrapFactor) {
        Map<String, Object> line = new HashMap<>();
        line.put("componentCode", code);
        line.put("quantityPer", quantityPer);
        if (scrapFactor != null) {
            line.put("scrapFactor", scrapFactor);
        }
        return line;
    }

    /** A BOM line consumed at the given operation of the parent's routing. */
    public static Map<String, Object> component(String code, Object quantityPer, Object scrapFactor, int operationSequence) {
        Map<String, Object> line = component(code, quantityPer, scrapFactor);
        line.put("operationSequence", operationSequence);
        return line;
    }

    public static Response putBom(String user, String parent, List<Map<String, Object>> components) {
        return as(user).body(components).when().put(BASE + "/items/" + parent + "/bom");
    }

    /** An operation of a routing at a work center, one minute a piece, on any of its machines. */
    public static Map<String, Object> operation(int sequence, String workCenter) {
        Map<String, Object> operation = new HashMap<>();
        operation.put("sequence", sequence);
        operation.put("workCenterCode", workCenter);
        operation.put("description", "operation " + sequence);
        operation.put("setupMinutes", 5);
        operation.put("runMinutesPerUnit", "1");
        return operation;
    }

    public static Response putRouting(String user, String item, List<Map<String, Object>> operations) {
        return as(user).body(operations).when().put(BASE + "/items/" + item + "/routing");
    }

    public static Map<String, Object> shift(int day, String from, String to) {
        return Map.of("dayOfWeek", day, "startsAt", from, "endsAt", to);
    }

    public static Map<String, Object> calendar(List<Map<String, Object>> shifts, List<Map<String, Object>> breaks) {
        Map<String, Object> calendar = new HashMap<>();
        calendar.put("name", "test calendar");
        calendar.put("timeZone", "Europe/Berlin");
        calendar.put("shifts", shifts);
        calendar.put("breaks", breaks);
        return calendar;
    }

    public static Response putCalendar(String user, String code, Map<String, Object> calendar) {
        return as(user).body(calendar).when().put(BASE + "/calendars/" + code);
    }

    /** A calendar of one early shift on Mondays, of this run's own. */
    public static String newCalendar() {
        String code = unique("CAL");
        putCalendar("planner", code, calendar(List.of(shift(1, "06:00", "14:00")), List.of())).then().statusCode(201);
        return code;
    }

    public static String newWorkCenter(String prefix) {
        String code = unique(prefix);
        as("planner").body(Map.of("name", "work center " + code)).when().put(BASE + "/work-centers/" + code).then().statusCode(201);
        return code;
    }

    public static Map<String, Object> machine(String workCenter, String name, String calendar) {
        Map<String, Object> machine = new HashMap<>();
        machine.put("workCenterCode", workCenter);
        machine.put("name", name);
        machine.put("calendarCode", calendar);
        return machine;
    }

    public static Response putMachine(String user, String code, Map<String, Object> machine) {
        return as(user).body(machine).when().put(BASE + "/machines/" + code);
    }

    public static String newMachine(String workCenter) {
        String code = unique(workCenter + "-M");
        putMachine("planner", code, machine(workCenter, "machine " + code, "TWO-SHIFT")).then().statusCode(201);
        return code;
    }
}
