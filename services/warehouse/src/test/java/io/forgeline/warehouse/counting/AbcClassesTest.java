package io.forgeline.warehouse.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AbcClassesTest {

    @Test
    void the_items_making_the_first_80_percent_of_movements_are_a_the_next_15_b_the_rest_c() {
        Map<String, String> classes = AbcClasses.classify(Map.of("FAST", 70L, "BUSY", 15L, "SOME", 10L, "RARE", 4L, "IDLE", 1L));
        assertThat(classes).containsEntry("FAST", "A").containsEntry("BUSY", "A") // starts at 70 %: crosses 80 %, still A
                .containsEntry("SOME", "B").containsEntry("RARE", "C").containsEntry("IDLE", "C");
    }

    @Test
    void items_moving_equally_often_are_classed_by_code_so_the_answer_never_depends_on_order() {
        Map<String, String> classes = AbcClasses.classify(Map.of("B-ITEM", 1L, "A-ITEM", 1L, "C-ITEM", 1L, "D-ITEM", 1L, "E-ITEM", 1L));
        assertThat(classes).containsEntry("A-ITEM", "A").containsEntry("D-ITEM", "A").containsEntry("E-ITEM", "B");
    }

    @Test
    void nothing_moved_means_nothing_to_class() {
        assertThat(AbcClasses.classify(Map.of())).isEmpty();
    }
}
