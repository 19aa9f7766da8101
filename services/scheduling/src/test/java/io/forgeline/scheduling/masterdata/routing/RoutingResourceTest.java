package io.forgeline.scheduling.masterdata.routing;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.component;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newItem;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newMachine;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newWorkCenter;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putBom;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class RoutingResourceTest {

    private static Map<String, Object> operation(int sequence, String workCenter, Object runMinutes, List<Map<String, Object>> machines) {
        Map<String, Object> operation = new HashMap<>();
        operation.put("sequence", sequence);
        operation.put("workCenterCode", workCenter);
        operation.put("description", "operation " + sequence);
        operation.put("setupMinutes", 10);
        operation.put("runMinutesPerUnit", runMinutes);
        operation.put("machines", machines);
        return operation;
    }

    private static Map<String, Object> on(String machine, Object runMinutes) {
        return Map.of("machineCode", machine, "setupMinutes", 15, "runMinutesPerUnit", runMinutes);
    }

    private static Response put(String user, String item, List<Map<String, Object>> operations) {
        return as(user).body(operations).when().put(BASE + "/items/" + item + "/routing");
    }

    @Test
    void a_planner_replaces_a_routing_with_eligible_machines_and_everyone_may_read_it() {
        String item = newItem("VALVE", "MAKE");
        String turning = newWorkCenter("TURN");
        String fast = newMachine(turning);
        String slow = newMachine(turning);
        Map<String, Object> assemble = operation(20, "ASM-01", "6", List.of());
        assemble.put("mayPauseAtBreaks", false);
        assemble.put("transferBatch", "10");

        put("planner", item, List.of(operation(10, turning, "2.5", List.of(on(fast, "2.5"), on(slow, "3.75"))), assemble))
                .then().statusCode(200);

        as("operator").when().get(BASE + "/items/" + item + "/routing").then().statusCode(200)
                .body("sequence", equalTo(List.of(10, 20)))
                .body("[0].workCenterCode", equalTo(turning))
                .body("[0].runMinutesPerUnit", equalTo("2.5"))
                .body("[0].mayPauseAtBreaks", equalTo(true))
                .body("[0].machines.machineCode", equalTo(List.of(fast, slow).stream().sorted().toList()))
                .body("[0].machines.find { it.machineCode == '" + slow + "' }.runMinutesPerUnit", equalTo("3.75"))
                .body("[1].mayPauseAtBreaks", equalTo(false))
                .body("[1].transferBatch", equalTo("10"))
                .body("[1].machines", equalTo(List.of()));

        put("planner", item, List.of(operation(5, "ASM-01", "1", null))).then().statusCode(200);
        as("planner").when().get(BASE + "/items/" + item + "/routing").then().body("sequence", equalTo(List.of(5)));
    }

    @Test
    void an_empty_routing_is_refused() {
        String item = newItem("CAP", "MAKE");

        put("planner", item, List.of()).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("a routing needs at least one operation"));
    }

    @Test
    void sequences_must_be_positive_and_unique() {
        String item = newItem("RING", "MAKE");

        put("planner", item, List.of(operation(0, "ASM-01", "1", null))).then().statusCode(400)
                .body("errors[0].field", equalTo("operations[0].sequence"));
        put("planner", item, List.of(operation(10, "ASM-01", "1", null), operation(10, "TST-01", "1", null))).then().statusCode(400)
                .body("errors[0].field", equalTo("operations[1].sequence"));
    }

    @Test
    void zero_or_negative_minutes_are_bad_requests_naming_the_field() {
        String item = newItem("SLEEVE", "MAKE");

        put("planner", item, List.of(operation(10, "ASM-01", "0", null))).then().statusCode(400)
                .body("errors[0].field", equalTo("operations[0].runMinutesPerUnit"));
        Map<String, Object> negativeSetup = operation(10, "ASM-01", "1", null);
        negativeSetup.put("setupMinutes", -5);
        put("planner", item, List.of(negativeSetup)).then().statusCode(400)
                .body("errors[0].field", equalTo("operations[0].setupMinutes"));
        put("planner", item, List.of(operation(10, "CNC-01", "1", List.of(on("CNC-01-M1", "-2"))))).then().statusCode(400)
                .body("errors[0].field", equalTo("operations[0].machines[0].runMinutesPerUnit"));
    }

    @Test
    void unknown_work_centers_and_machines_are_refused_naming_the_field() {
        String item = newItem("SPINDLE", "MAKE");

        put("planner", item, List.of(operation(10, "ASM-01", "1", null), operation(20, "NO-SUCH-WC", "1", null)))
                .then().statusCode(422).body("errors[0].field", equalTo("operations[1].workCenterCode"))
                .body("detail", equalTo("work center NO-SUCH-WC does not exist"));
        put("planner", item, List.of(operation(10, "CNC-01", "1", List.of(on("CNC-01-M1", "1"), on("NO-SUCH-MACHINE", "1")))))
                .then().statusCode(422).body("errors[0].field", equalTo("operations[0].machines[1].machineCode"));
    }

    @Test
    void an_eligible_machine_must_belong_to_the_operations_work_center() {
        String item = newItem("CLUTCH", "MAKE");

        put("planner", item, List.of(operation(10, "CNC-01", "1", List.of(on("ASM-01-M1", "1")))))
                .then().statusCode(422).body("errors[0].field", equalTo("operations[0].machines[0].machineCode"))
                .body("detail", equalTo("machine ASM-01-M1 belongs to work center ASM-01, not to CNC-01 where operation 10 runs"));
        as("planner").when().get(BASE + "/items/" + item + "/routing").then().body("size()", equalTo(0));
    }

    @Test
    void dropping_the_operation_a_component_is_consumed_at_is_refused_and_the_routing_stays() {
        String item = newItem("GEARBOX", "MAKE");
        put("planner", item, List.of(operation(10, "CNC-01", "1", null), operation(20, "ASM-01", "2", null))).then().statusCode(200);
        String bearing = newItem("BEARING", "BUY");
        putBom("planner", item, List.of(component(bearing, 2, "0.02", 20))).then().statusCode(200);

        put("planner", item, List.of(operation(10, "CNC-01", "1", null), operation(30, "TST-01", "3", null)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("operations"))
                .body("detail", equalTo(bearing + " is consumed at operation 20: assign it to another operation in the BOM first"));

        as("planner").when().get(BASE + "/items/" + item + "/routing").then()
                .body("sequence", equalTo(List.of(10, 20)))
                .body("[1].workCenterCode", equalTo("ASM-01"))
                .body("[1].runMinutesPerUnit", equalTo("2"));
    }

    @Test
    void a_routing_that_keeps_the_consuming_operation_may_change_everything_else() {
        String item = newItem("GEARBOX", "MAKE");
        put("planner", item, List.of(operation(10, "CNC-01", "1", null), operation(20, "ASM-01", "2", null))).then().statusCode(200);
        String bearing = newItem("BEARING", "BUY");
        putBom("planner", item, List.of(component(bearing, 2, "0.02", 20))).then().statusCode(200);

        put("planner", item, List.of(operation(20, "TST-01", "4", null), operation(30, "ASM-01", "1", null))).then().statusCode(200);

        as("planner").when().get(BASE + "/items/" + item + "/routing").then()
                .body("sequence", equalTo(List.of(20, 30)))
                .body("[0].workCenterCode", equalTo("TST-01"));
        as("planner").when().get(BASE + "/items/" + item + "/bom").then().body("[0].operationSequence", equalTo(20));

        // once the BOM consumes the bearing elsewhere, operation 20 may go
        putBom("planner", item, List.of(component(bearing, 2, "0.02", 30))).then().statusCode(200);
        put("planner", item, List.of(operation(30, "ASM-01", "1", null))).then().statusCode(200);
        as("planner").when().get(BASE + "/items/" + item + "/routing").then().body("sequence", equalTo(List.of(30)));
    }

    @Test
    void an_operator_may_not_change_a_routing() {
        String item = newItem("DISC", "MAKE");

        put("operator", item, List.of(operation(10, "ASM-01", "1", null))).then().statusCode(403);
    }
}
