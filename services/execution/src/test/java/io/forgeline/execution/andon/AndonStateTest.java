package io.forgeline.execution.andon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.IllegalTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AndonStateTest {

    private static final Instant RAISED = Instant.parse("2026-11-29T08:00:00Z");
    private static final EscalationLadder LADDER = EscalationLadder.parse("PT5M:planner,PT15M:admin");
    private static final Acting OPERATOR = new Acting(new Actor("s-1", "operator", Set.of("operator"), Optional.empty()), Optional.of("T-01"));

    private static Andon raised() {
        return Andon.raise(AndonKind.MATERIAL, "WC-1", "M-1", "no blanks", LADDER, OPERATOR, RAISED).andon();
    }

    @Test
    void a_raised_andon_is_open_at_level_zero_and_calls_the_first_role() {
        Andon.Raised raised = Andon.raise(AndonKind.QUALITY, "WC-1", null, null, LADDER, OPERATOR, RAISED);
        assertThat(raised.andon().state()).isEqualTo(AndonState.OPEN);
        assertThat(raised.andon().level()).isZero();
        assertThat(raised.andon().nextEscalationAt()).isEqualTo(RAISED.plus(Duration.ofMinutes(5)));
        assertThat(raised.step().step()).isEqualTo(AndonStep.Kind.RAISED);
        assertThat(raised.step().role()).isEqualTo("planner");
        assertThat(raised.step().terminal()).isEqualTo("T-01");
        assertThat(raised.step().seq()).isEqualTo(1);
    }

    @Test
    void open_then_acknowledged_then_resolved_keeps_who_and_when() {
        Andon andon = raised();
        AndonStep ack = andon.acknowledge("coming", OPERATOR, RAISED.plusSeconds(60));
        AndonStep done = andon.resolve("blanks staged", OPERATOR, RAISED.plusSeconds(600));
        assertThat(andon.state()).isEqualTo(AndonState.RESOLVED);
        assertThat(ack.seq()).isEqualTo(2);
        assertThat(done.seq()).isEqualTo(3);
        assertThat(done.note()).isEqualTo("blanks staged");
        assertThat(andon.age(RAISED.plusSeconds(9999))).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void an_open_andon_may_be_resolved_at_once() {
        Andon andon = raised();
        andon.resolve("found them", OPERATOR, RAISED.plusSeconds(30));
        assertThat(andon.state()).isEqualTo(AndonState.RESOLVED);
        assertThat(andon.nextEscalationAt()).isNull();
    }

    @Test
    void acknowledging_twice_or_after_the_resolution_is_an_illegal_transition() {
        Andon andon = raised();
        andon.acknowledge(null, OPERATOR, RAISED.plusSeconds(1));
        assertThatThrownBy(() -> andon.acknowledge(null, OPERATOR, RAISED.plusSeconds(2))).isInstanceOf(IllegalTransition.class);
        andon.resolve("done", OPERATOR, RAISED.plusSeconds(3));
        assertThatThrownBy(() -> andon.acknowledge(null, OPERATOR, RAISED.plusSeconds(4))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> andon.resolve("again", OPERATOR, RAISED.plusSeconds(5))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void an_unacknowledged_andon_passes_each_rung_once_in_order() {
        Andon andon = raised();
        assertThat(andon.escalate(LADDER, RAISED.plus(Duration.ofMinutes(4)))).isEmpty();
        AndonStep first = andon.escalate(LADDER, RAISED.plus(Duration.ofMinutes(5))).orElseThrow();
        assertThat(first.role()).isEqualTo("planner");
        assertThat(andon.level()).isEqualTo(1);
        assertThat(andon.escalate(LADDER, RAISED.plus(Duration.ofMinutes(6)))).as("the same rung again").isEmpty();
        assertThat(andon.nextEscalationAt()).isEqualTo(RAISED.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_check_that_missed_two_rungs_passes_both_one_after_the_other() {
        Andon andon = raised();
        Instant late = RAISED.plus(Duration.ofHours(1));
        assertThat(andon.escalate(LADDER, late).orElseThrow().role()).isEqualTo("planner");
        assertThat(andon.escalate(LADDER, late).orElseThrow().role()).isEqualTo("admin");
        assertThat(andon.escalate(LADDER, late)).isEmpty();
        assertThat(andon.level()).isEqualTo(2);
        assertThat(andon.nextEscalationAt()).isNull();
    }

    @Test
    void an_acknowledged_andon_no_longer_escalates() {
        Andon andon = raised();
        andon.acknowledge(null, OPERATOR, RAISED.plusSeconds(10));
        assertThat(andon.escalate(LADDER, RAISED.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(andon.level()).isZero();
    }
}
