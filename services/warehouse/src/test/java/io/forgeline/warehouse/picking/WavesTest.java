package io.forgeline.warehouse.picking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.forgeline.warehouse.picking.Waves.Task;
import io.forgeline.warehouse.picking.Waves.Wave;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WavesTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Instant EIGHT = Instant.parse("2026-03-10T08:00:00Z");

    private static Task task(String id, String zone, int minutesAfterEight) {
        return new Task(id, zone, EIGHT.plus(Duration.ofMinutes(minutesAfterEight)));
    }

    private static List<List<String>> ids(List<Wave> waves) {
        return waves.stream().map(wave -> wave.tasks().stream().map(Task::id).toList()).toList();
    }

    @Test
    void tasks_of_one_zone_within_the_window_form_one_wave() {
        List<Wave> waves = Waves.group(List.of(task("PT-1", "A", 0), task("PT-2", "A", 10), task("PT-3", "A", 29)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-1", "PT-2", "PT-3"));
        assertThat(waves.getFirst().zone()).isEqualTo("A");
        assertThat(waves.getFirst().start()).isEqualTo(EIGHT);
    }

    @Test
    void a_task_at_the_end_of_the_window_opens_the_next_wave() {
        List<Wave> waves = Waves.group(List.of(task("PT-1", "A", 0), task("PT-2", "A", 30)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-1"), List.of("PT-2"));
        assertThat(waves.get(1).start()).isEqualTo(EIGHT.plus(HALF_HOUR));
    }

    @Test
    void the_window_starts_at_the_first_task_of_the_wave_not_at_a_clock_slot() {
        List<Wave> waves = Waves.group(List.of(task("PT-1", "A", 25), task("PT-2", "A", 35), task("PT-3", "A", 56)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-1", "PT-2"), List.of("PT-3"));
    }

    @Test
    void the_window_does_not_slide_with_each_task_added() {
        List<Wave> waves = Waves.group(List.of(task("PT-1", "A", 0), task("PT-2", "A", 20), task("PT-3", "A", 40)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-1", "PT-2"), List.of("PT-3"));
    }

    @Test
    void tasks_of_different_zones_never_share_a_wave() {
        List<Wave> waves = Waves.group(List.of(task("PT-1", "A", 0), task("PT-2", "B", 0)), HALF_HOUR);

        assertThat(waves).extracting(Wave::zone).containsExactly("A", "B");
        assertThat(ids(waves)).containsExactly(List.of("PT-1"), List.of("PT-2"));
    }

    @Test
    void waves_are_ordered_by_start_then_zone() {
        List<Wave> waves = Waves.group(List.of(
                task("PT-1", "C", 40),
                task("PT-2", "B", 5),
                task("PT-3", "A", 5),
                task("PT-4", "A", 50)), HALF_HOUR);

        assertThat(waves).extracting(Wave::zone, Wave::start).containsExactly(
                tuple("A", EIGHT.plus(Duration.ofMinutes(5))),
                tuple("B", EIGHT.plus(Duration.ofMinutes(5))),
                tuple("C", EIGHT.plus(Duration.ofMinutes(40))),
                tuple("A", EIGHT.plus(Duration.ofMinutes(50))));
    }

    @Test
    void tasks_given_out_of_order_are_grouped_by_their_planned_start() {
        List<Wave> waves = Waves.group(List.of(task("PT-3", "A", 45), task("PT-1", "A", 0), task("PT-2", "A", 15)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-1", "PT-2"), List.of("PT-3"));
    }

    @Test
    void tasks_planned_for_the_same_moment_are_ordered_by_id() {
        List<Wave> waves = Waves.group(List.of(task("PT-9", "A", 0), task("PT-2", "A", 0)), HALF_HOUR);

        assertThat(ids(waves)).containsExactly(List.of("PT-2", "PT-9"));
    }

    @Test
    void no_tasks_make_no_waves() {
        assertThat(Waves.group(List.of(), HALF_HOUR)).isEmpty();
    }

    @Test
    void a_window_of_zero_or_less_is_refused() {
        assertThatThrownBy(() -> Waves.group(List.of(task("PT-1", "A", 0)), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Waves.group(List.of(task("PT-1", "A", 0)), Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
