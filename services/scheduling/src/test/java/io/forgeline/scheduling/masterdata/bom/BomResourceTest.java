package io.forgeline.scheduling.masterdata.bom;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static io.forgeline.scheduling.masterdata.MasterDataApi.component;
import static io.forgeline.scheduling.masterdata.MasterDataApi.newItem;
import static io.forgeline.scheduling.masterdata.MasterDataApi.operation;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putBom;
import static io.forgeline.scheduling.masterdata.MasterDataApi.putRouting;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class BomResourceTest {

    @Test
    void a_planner_replaces_a_bom_and_everyone_may_read_it() {
        String pump = newItem("PUMP", "MAKE");
        String impeller = newItem("IMPELLER", "MAKE");
        String screw = newItem("SCREW", "BUY");
        putBom("planner", pump, List.of(component(impeller, "1", null), component(screw, "4", "0.05"))).then().statusCode(200);

        putBom("planner", pump, List.of(component(screw, 6, "0.02"))).then().statusCode(200)
                .body("componentCode", equalTo(List.of(screw)));

        as("operator").when().get(BASE + "/items/" + pump + "/bom").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].componentCode", equalTo(screw))
                .body("[0].quantityPer", equalTo("6"))
                .body("[0].scrapFactor", equalTo("0.02"));
    }

    @Test
    void a_component_is_read_back_with_the_operation_that_consumes_it_and_an_unassigned_one_without() {
        String gearbox = newItem("GEARBOX", "MAKE");
        putRouting("planner", gearbox, List.of(operation(10, "CNC-01"), operation(20, "ASM-01"))).then().statusCode(200);
        String bearing = newItem("BEARING", "BUY");
        String housing = newItem("HOUSING", "BUY");
        List<String> sorted = java.util.stream.Stream.of(bearing, housing).sorted().toList();

        putBom("planner", gearbox, List.of(component(bearing, 2, null, 20), component(housing, 1, null))).then().statusCode(200)
                .body("find { it.componentCode == '" + bearing + "' }.operationSequence", equalTo(20));

        as("operator").when().get(BASE + "/items/" + gearbox + "/bom").then().statusCode(200)
                .body("componentCode", equalTo(sorted))
                .body("find { it.componentCode == '" + bearing + "' }.operationSequence", equalTo(20))
                .body("find { it.componentCode == '" + housing + "' }.operationSequence", nullValue());
    }

    @Test
    void an_operation_the_routing_lacks_is_refused_naming_the_field_and_the_operations_it_has() {
        String gearbox = newItem("GEARBOX", "MAKE");
        putRouting("planner", gearbox, List.of(operation(10, "CNC-01"), operation(20, "ASM-01"), operation(30, "TST-01")))
                .then().statusCode(200);
        String shaft = newItem("SHAFT", "BUY");
        String bearing = newItem("BEARING", "BUY");
        putBom("planner", gearbox, List.of(component(shaft, 1, null, 10))).then().statusCode(200);

        putBom("planner", gearbox, List.of(component(shaft, 1, null, 20), component(bearing, 2, null, 40)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("components[1].operationSequence"))
                .body("detail", equalTo(gearbox + "'s routing has no operation 40: it has 10, 20, 30"));

        as("planner").when().get(BASE + "/items/" + gearbox + "/bom").then()
                .body("componentCode", equalTo(List.of(shaft)))
                .body("[0].operationSequence", equalTo(10));
    }

    @Test
    void a_component_cannot_be_assigned_to_an_operation_before_the_item_has_a_routing() {
        String gearbox = newItem("GEARBOX", "MAKE");

        putBom("planner", gearbox, List.of(component(newItem("BEARING", "BUY"), 2, null, 10)))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("components[0].operationSequence"))
                .body("detail", equalTo(gearbox + " has no routing yet: add its operations before assigning components to them"));
        as("planner").when().get(BASE + "/items/" + gearbox + "/bom").then().body("size()", equalTo(0));
    }

    @Test
    void an_operation_sequence_below_one_is_a_bad_request_naming_the_field() {
        String gearbox = newItem("GEARBOX", "MAKE");
        putRouting("planner", gearbox, List.of(operation(10, "CNC-01"))).then().statusCode(200);

        putBom("planner", gearbox, List.of(component(newItem("BEARING", "BUY"), 2, null, 0)))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].operationSequence"));
    }

    @Test
    void an_empty_list_makes_the_item_a_leaf() {
        String kit = newItem("KIT", "MAKE");
        putBom("planner", kit, List.of(component(newItem("PART", "BUY"), 1, null))).then().statusCode(200);

        putBom("planner", kit, List.of()).then().statusCode(200).body("size()", equalTo(0));

        as("planner").when().get(BASE + "/items/" + kit + "/bom").then().body("size()", equalTo(0));
    }

    @Test
    void a_cycle_across_levels_is_refused_naming_the_component_and_showing_the_path() {
        String top = newItem("TOP", "MAKE");
        String middle = newItem("MIDDLE", "MAKE");
        String bottom = newItem("BOTTOM", "MAKE");
        putBom("planner", top, List.of(component(middle, 1, null))).then().statusCode(200);
        putBom("planner", middle, List.of(component(bottom, 2, null))).then().statusCode(200);
        String leaf = newItem("LEAF", "BUY");

        putBom("planner", bottom, List.of(component(leaf, 1, null), component(top, 1, null)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("components[1].componentCode"))
                .body("detail", equalTo(top + " would make " + bottom + " a part of itself: "
                        + bottom + " → " + top + " → " + middle + " → " + bottom));

        as("planner").when().get(BASE + "/items/" + bottom + "/bom").then().body("size()", equalTo(0));
    }

    @Test
    void the_demo_gearbox_cannot_go_into_its_own_shaft() {
        putBom("planner", "SHAFT-01", List.of(component("GEARBOX-A", 1, null)))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("components[0].componentCode"))
                .body("detail", equalTo("GEARBOX-A would make SHAFT-01 a part of itself: SHAFT-01 → GEARBOX-A → SHAFT-01"));
    }

    @Test
    void an_unknown_component_is_refused_naming_it() {
        String parent = newItem("FRAME", "MAKE");

        putBom("planner", parent, List.of(component("NO-SUCH-ITEM", 1, null)))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("components[0].componentCode"))
                .body("detail", equalTo("item NO-SUCH-ITEM is not in the item master"));
    }

    @Test
    void quantities_and_scrap_out_of_range_are_bad_requests_naming_the_field() {
        String parent = newItem("AXLE", "MAKE");
        String part = newItem("BUSH", "MAKE");

        putBom("planner", parent, List.of(component(part, 0, null))).then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].quantityPer"));
        putBom("planner", parent, List.of(component(part, -1, null))).then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].quantityPer"));
        putBom("planner", parent, List.of(component(part, 1, "1"))).then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].scrapFactor"));
        putBom("planner", parent, List.of(component(part, 1, "-0.1"))).then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].scrapFactor"));
        putBom("planner", parent, List.of(component(part, 1, null), component(part, 2, null))).then().statusCode(400)
                .body("errors[0].field", equalTo("components[1].componentCode"));
    }

    @Test
    void the_bom_of_an_unknown_item_is_not_found() {
        as("planner").when().get(BASE + "/items/NO-SUCH-ITEM/bom").then().statusCode(404);
    }

    @Test
    void an_operator_may_not_change_a_bom() {
        String parent = newItem("LID", "MAKE");
        String part = newItem("HINGE", "BUY");

        putBom("operator", parent, List.of(component(part, 1, null))).then().statusCode(403);
        as("planner").when().get(BASE + "/items/" + parent + "/bom").then().body("size()", equalTo(0));
    }
}
