package io.forgeline.execution.andon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

    private final EscalationLadder ladder = EscalationLadder.parse("PT5M:planner, PT15M:admin");

    @Test
    void a_young_andon_has_passed_no_rung() {
        assertThat(ladder.levelDue(Duration.ofMinutes(4).plusSeconds(59))).isZero();
    }

    @Test
    void an_andon_passes_a_rung_at_exactly_its_age() {
        assertThat(ladder.levelDue(Duration.ofMinutes(5))).isEqualTo(1);
        assertThat(ladder.rung(1).role()).isEqualTo("planner");
    }

    @Test
    void an_old_andon_has_passed_every_rung_and_no_more() {
        assertThat(ladder.levelDue(Duration.ofHours(3))).isEqualTo(2);
        assertThat(ladder.rung(2).role()).isEqualTo("admin");
    }

    @Test
    void the_raise_calls_the_first_rungs_role() {
        assertThat(ladder.firstRole()).contains("planner");
        assertThat(ladder.firstAfter()).contains(Duration.ofMinutes(5));
    }

    @Test
    void an_empty_ladder_never_escalates_and_calls_nobody() {
        EscalationLadder none = EscalationLadder.parse(" ");
        assertThat(none.levelDue(Duration.ofDays(1))).isZero();
        assertThat(none.firstRole()).isEmpty();
    }

    @Test
    void a_role_the_realm_does_not_have_is_refused_with_the_demo_plants_mapping() {
        assertThatThrownBy(() -> EscalationLadder.parse("PT5M:supervisor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a supervisor is a planner");
    }

    @Test
    void rungs_must_wait_ever_longer() {
        assertThatThrownBy(() -> EscalationLadder.parse("PT15M:planner,PT5M:admin")).hasMessageContaining("ever longer");
        assertThatThrownBy(() -> EscalationLadder.parse("PT5M:planner,PT5M:admin")).hasMessageContaining("ever longer");
    }

    @Test
    void a_rung_needs_a_duration_and_a_role() {
        assertThatThrownBy(() -> EscalationLadder.parse("5 minutes:planner")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> EscalationLadder.parse("PT5M")).hasMessageContaining("<ISO-8601 duration>:<role>");
        assertThatThrownBy(() -> EscalationLadder.parse("PT0S:planner")).hasMessageContaining("more than zero");
    }
}
