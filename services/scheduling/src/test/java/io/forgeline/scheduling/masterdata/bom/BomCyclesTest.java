package io.forgeline.scheduling.masterdata.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BomCyclesTest {

    private static final Map<String, Set<String>> GEARBOX = Map.of(
            "GEARBOX-A", Set.of("SHAFT-01", "HOUSING-01", "BEARING-6204"),
            "SHAFT-01", Set.of("BAR-20"),
            "HOUSING-01", Set.of("CASTING-01"));

    @Test
    void an_item_that_already_contains_the_parent_cannot_become_its_component() {
        var cycle = BomCycles.find("SHAFT-01", List.of("BAR-20", "GEARBOX-A"), GEARBOX).orElseThrow();

        assertEquals(1, cycle.index());
        assertEquals("SHAFT-01 → GEARBOX-A → SHAFT-01", cycle.describe());
    }

    @Test
    void a_cycle_three_levels_deep_is_found_with_the_whole_path() {
        var cycle = BomCycles.find("CASTING-01", List.of("GEARBOX-A"), GEARBOX).orElseThrow();

        assertEquals("CASTING-01 → GEARBOX-A → HOUSING-01 → CASTING-01", cycle.describe());
    }

    @Test
    void an_item_cannot_be_its_own_component() {
        var cycle = BomCycles.find("BAR-20", List.of("BAR-20"), GEARBOX).orElseThrow();

        assertEquals("BAR-20 → BAR-20", cycle.describe());
    }

    @Test
    void a_component_shared_by_two_branches_is_not_a_cycle() {
        Map<String, Set<String>> structure = Map.of("SHAFT-01", Set.of("BAR-20"), "HOUSING-01", Set.of("BAR-20"));

        assertTrue(BomCycles.find("GEARBOX-B", List.of("SHAFT-01", "HOUSING-01", "BAR-20"), structure).isEmpty());
    }

    @Test
    void the_parents_stored_components_do_not_count_since_the_new_list_replaces_them() {
        // GEARBOX-A's stored structure names SHAFT-01; replacing it must not see GEARBOX-A → SHAFT-01 → ... as a loop
        assertTrue(BomCycles.find("GEARBOX-A", List.of("SHAFT-01", "CASTING-01"), GEARBOX).isEmpty());
    }

    @Test
    void the_first_offending_component_in_list_order_is_named() {
        var cycle = BomCycles.find("BAR-20", List.of("CASTING-01", "SHAFT-01", "GEARBOX-A"), GEARBOX).orElseThrow();

        assertEquals(1, cycle.index());
        assertEquals("BAR-20 → SHAFT-01 → BAR-20", cycle.describe());
    }
}
