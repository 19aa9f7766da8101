package io.forgeline.execution.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.platform.problem.InvalidField;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HorizonTest {

    @Test
    void an_iso_duration_is_a_horizon() {
        assertEquals(Optional.of(Duration.ofHours(8)), Horizon.parse("PT8H"));
        assertEquals(Optional.of(Duration.ofDays(2)), Horizon.parse("P2D"));
    }

    @Test
    void no_horizon_means_all_open_work() {
        assertEquals(Optional.empty(), Horizon.parse(null));
        assertEquals(Optional.empty(), Horizon.parse(" "));
    }

    @Test
    void anything_else_is_refused_naming_the_horizon() {
        for (String wrong : new String[] {"8h", "PT", "PT0S", "-PT1H"}) {
            InvalidField refused = assertThrows(InvalidField.class, () -> Horizon.parse(wrong), wrong);
            assertEquals("horizon", refused.field());
        }
    }
}
