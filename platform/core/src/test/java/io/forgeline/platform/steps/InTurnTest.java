package io.forgeline.platform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InTurnTest {

    @Test
    void a_hundred_thousand_steps_that_finish_at_once_run_in_order_on_a_small_stack() throws Exception {
        List<Integer> done = new ArrayList<>();
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        Throwable[] failed = new Throwable[1];
        // the services run with 512 KB stacks; a loop of chain.call(...) overflows one long before 100,000 steps
        Thread small = new Thread(null, () -> {
            try {
                InTurn.each(items, item -> Uni.createFrom().item(item).invoke(done::add)).await().atMost(Duration.ofSeconds(30));
            } catch (Throwable t) {
                failed[0] = t;
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();

        assertThat(failed[0]).isNull();
        assertThat(done).isEqualTo(items);
    }

    @Test
    void the_first_failure_stops_the_rest() {
        List<Integer> done = new ArrayList<>();
        assertThatThrownBy(() -> InTurn.each(List.of(1, 2, 3), item -> item == 2
                        ? Uni.createFrom().failure(new IllegalStateException("step 2 failed"))
                        : Uni.createFrom().item(item).invoke(done::add))
                .await().atMost(Duration.ofSeconds(5)))
                .hasMessage("step 2 failed");
        assertThat(done).containsExactly(1);
    }

    @Test
    void no_items_is_done_at_once() {
        assertThat(InTurn.each(List.<Integer>of(), item -> Uni.createFrom().voidItem()).await().atMost(Duration.ofSeconds(5))).isNull();
    }
}
