package io.forgeline.scheduling.masterdata.setups;

import static io.forgeline.scheduling.masterdata.MasterDataApi.BASE;
import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class FamilySetupResourceTest {

    private static final String PATH = BASE + "/family-setups";

    @Test
    void a_planner_replaces_the_whole_matrix_and_everyone_may_read_it() {
        as("planner").body(List.of(
                        Map.of("fromFamily", "SHAFT", "toFamily", "GEARBOX", "minutes", 25),
                        Map.of("fromFamily", "GEARBOX", "toFamily", "SHAFT", "minutes", 0)))
                .when().put(PATH).then().statusCode(200).body("size()", equalTo(2));

        as("operator").when().get(PATH).then().statusCode(200)
                .body("fromFamily", equalTo(List.of("GEARBOX", "SHAFT")))
                .body("find { it.fromFamily == 'SHAFT' }.minutes", equalTo(25));
    }

    @Test
    void negative_minutes_and_a_pair_listed_twice_are_refused_and_nothing_changes() {
        List<Object> before = as("planner").when().get(PATH).then().extract().jsonPath().getList("$");

        as("planner").body(List.of(Map.of("fromFamily", "A", "toFamily", "B", "minutes", -1)))
                .when().put(PATH).then().statusCode(400).body("errors[0].field", equalTo("setups[0].minutes"));
        as("planner").body(List.of(Map.of("fromFamily", "A", "toFamily", "B", "minutes", 5), Map.of("fromFamily", "A", "toFamily", "B", "minutes", 6)))
                .when().put(PATH).then().statusCode(400).body("errors[0].field", equalTo("setups[1].toFamily"));

        as("planner").when().get(PATH).then().body("size()", equalTo(before.size()));
    }

    @Test
    void an_operator_may_not_change_the_matrix() {
        as("operator").body(List.of()).when().put(PATH).then().statusCode(403);
    }
}
