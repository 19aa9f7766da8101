package io.forgeline.quality.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences of lots replayed one by one through the switching rules, the severity after each lot compared. */
class SwitchingTest {

    private static final Switching.Conditions STEADY_AND_APPROVED = new Switching.Conditions(true, true);

    /**
     * Replays lots of 1000 units at AQL 1.0, level II (normal J 80 2/3; tightened J 80 1/2; reduced ISO J 32 1/2,
     * Z1.4 J 32 1/3), each with the given number of nonconforming units; answers the severity after each lot.
     */
    private static List<String> replay(Scheme scheme, Switching.Conditions conditions, int... nonconforming) {
        SwitchingState state = SwitchingState.START;
        List<String> after = new ArrayList<>();
        for (int d : nonconforming) {
            SamplingPlan plan = SamplingEngine.plan(1000, Aql.of(BigDecimal.ONE).orElseThrow(), InspectionLevel.II, state.severity(), scheme);
            state = Switching.after(state, scheme, new Switching.LotOutcome(plan, d), conditions).state();
            after.add(state.discontinued() ? "DISCONTINUED" : state.severity().name().substring(0, 1));
        }
        return after;
    }

    private static List<String> expect(String severities) {
        return List.of(severities.split(" "));
    }

    @Test
    void two_of_five_consecutive_lots_not_accepted_switch_normal_to_tightened() {
        // lots 2 and 6 are rejected (3 nonconforming ≥ Re 3): 5 lots apart is within a window of 5 only from lot 2 to 6
        assertEquals(expect("N N N N N T"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 0, 3, 1, 2, 0, 3));
        assertEquals(expect("N N N N N N N"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 0, 3, 1, 2, 0, 1, 3),
                "lots 2 and 7 are six lots apart");
    }

    @Test
    void five_consecutive_accepted_lots_on_tightened_return_to_normal() {
        assertEquals(expect("N T T T T T N"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 3, 3, 0, 0, 0, 0, 0));
        // tightened J 80 1/2: a lot with 2 nonconforming breaks the run of five
        assertEquals(expect("N T T T T T T T T T T N"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 3, 3, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0));
    }

    @Test
    void five_lots_not_accepted_on_tightened_discontinue_inspection_until_resumed() {
        // tightened J 80 1/2: 2 nonconforming reject; accepted lots in between do not reset the count
        List<String> after = replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 3, 3, 2, 0, 2, 2, 0, 2, 2);
        assertEquals(expect("N T T T T T T T DISCONTINUED"), after);
        SwitchingState stopped = new SwitchingState(Severity.TIGHTENED, 0, "", 0, 5, true);
        SamplingPlan plan = SamplingEngine.plan(1000, Aql.of(BigDecimal.ONE).orElseThrow(), InspectionLevel.II, Severity.TIGHTENED, Scheme.ISO_2859_1);
        assertThrows(IllegalStateException.class, () -> Switching.after(stopped, Scheme.ISO_2859_1, new Switching.LotOutcome(plan, 0), STEADY_AND_APPROVED));
        assertEquals(Severity.TIGHTENED, Switching.resumed().severity());
        assertFalse(Switching.resumed().discontinued());
    }

    @Test
    void iso_switching_score_reaches_30_after_ten_lots_that_one_step_tighter_would_accept() {
        // J 80 2/3 at 1.0; one step tighter (0.65) is 1/2: a lot with at most 1 nonconforming scores +3
        assertEquals(expect("N N N N N N N N N R"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0));
        // a lot with 2 (accepted, but not one step tighter) resets the score
        assertEquals(expect("N N N N N N N N N N N N N R"),
                replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void reduced_needs_steady_production_and_approval() {
        int[] goodLots = new int[12];
        assertTrue(replay(Scheme.ISO_2859_1, new Switching.Conditions(true, false), goodLots).stream().allMatch("N"::equals));
        assertTrue(replay(Scheme.ISO_2859_1, new Switching.Conditions(false, true), goodLots).stream().allMatch("N"::equals));
    }

    @Test
    void z1_4_switches_to_reduced_after_ten_accepted_lots_without_a_score() {
        // lots with 2 nonconforming would reset ISO's score; Z1.4 only asks that they are accepted
        assertEquals(expect("N N N N N N N N N R"), replay(Scheme.Z1_4, STEADY_AND_APPROVED, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        assertEquals(expect("N N N N N N N N N N"), replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    }

    @Test
    void reduced_returns_to_normal_on_a_rejection_and_in_z1_4_on_a_lot_in_the_gap() {
        int[] tenGood = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        // ISO reduced J 32 1/2: 2 nonconforming reject the lot
        assertEquals("N", last(replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, append(tenGood, 0, 2))));
        assertEquals("R", last(replay(Scheme.ISO_2859_1, STEADY_AND_APPROVED, append(tenGood, 0, 1))));
        // Z1.4 reduced J 32 1/3: 2 nonconforming accept the lot but normal inspection returns
        assertEquals("N", last(replay(Scheme.Z1_4, STEADY_AND_APPROVED, append(tenGood, 0, 2))));
        assertEquals("R", last(replay(Scheme.Z1_4, STEADY_AND_APPROVED, append(tenGood, 0, 1))));
    }

    @Test
    void production_no_longer_steady_ends_reduced_inspection() {
        SamplingPlan reduced = SamplingEngine.plan(1000, Aql.of(BigDecimal.ONE).orElseThrow(), InspectionLevel.II, Severity.REDUCED, Scheme.ISO_2859_1);
        Switching.Step step = Switching.after(SwitchingState.reduced(), Scheme.ISO_2859_1, new Switching.LotOutcome(reduced, 0),
                new Switching.Conditions(false, true));
        assertEquals(Severity.NORMAL, step.state().severity());
        assertEquals("production no longer steady", step.change().orElseThrow());
    }

    private static String last(List<String> severities) {
        return severities.get(severities.size() - 1);
    }

    private static int[] append(int[] first, int... more) {
        int[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
