package io.forgeline.quality.sampling;

import java.util.List;
import java.util.Optional;

/**
 * The switching rules, applied after each lot's original inspection (resubmitted lots do not count):
 * <ul>
 * <li>normal → tightened when 2 of at most 5 consecutive lots are not accepted;
 * <li>tightened → normal after 5 consecutive accepted lots; 5 lots not accepted during one period of tightened
 * inspection discontinue acceptance inspection until a quality engineer resumes it, on tightened;
 * <li>normal → reduced, with production steady and reduced inspection approved: ISO 2859-1 when the switching
 * score reaches 30 (+3 for a lot that one AQL step tighter would also have accepted where Ac ≥ 2, +2 for an
 * accepted lot where Ac is 0 or 1, back to 0 otherwise); Z1.4 after 10 consecutive accepted lots (the limit
 * numbers of its Table VIII are the optional check 8.5 lets the parties waive, and are not applied);
 * <li>reduced → normal when a lot is not accepted, when Z1.4 accepts one between Ac and Re, or when production
 * is no longer steady.
 * </ul>
 */
public final class Switching {

    static final int WINDOW = 5;
    static final int SCORE_FOR_REDUCED = 30;
    static final int Z14_LOTS_FOR_REDUCED = 10;

    private Switching() {
    }

    /** One sample of a lot: the plan it was drawn under and the nonconforming units (or nonconformities) found. */
    public record Sample(SamplingPlan plan, long nonconforming) {
    }

    /**
     * A lot's original inspection as the switching rules of one defect class see it: the samples of the class's
     * characteristics (usually one). The lot is accepted for the class when every sample is.
     */
    public record LotOutcome(List<Sample> samples) {

        public LotOutcome {
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("a lot outcome has at least one sample");
            }
            samples = List.copyOf(samples);
        }

        public LotOutcome(SamplingPlan plan, long nonconforming) {
            this(List.of(new Sample(plan, nonconforming)));
        }

        boolean accepted() {
            return samples.stream().allMatch(sample -> sample.plan().accepts(sample.nonconforming()));
        }

        /** Z1.4 reduced inspection: some sample fell between Ac and Re. */
        boolean inGap() {
            return samples.stream().anyMatch(sample -> sample.plan().inGap(sample.nonconforming()));
        }
    }

    /** What the plant says besides the lot: whether production runs steadily and reduced inspection is approved. */
    public record Conditions(boolean productionSteady, boolean reducedApproved) {
    }

    /** The new state, and why the severity changed when it did. */
    public record Step(SwitchingState state, Optional<String> change) {

        static Step stay(SwitchingState state) {
            return new Step(state, Optional.empty());
        }

        static Step to(SwitchingState state, String why) {
            return new Step(state, Optional.of(why));
        }
    }

    public static Step after(SwitchingState state, Scheme scheme, LotOutcome lot, Conditions conditions) {
        if (state.discontinued()) {
            throw new IllegalStateException("acceptance inspection is discontinued: no lot can count until it is resumed");
        }
        return switch (state.severity()) {
            case NORMAL -> onNormal(state, scheme, lot, conditions);
            case TIGHTENED -> onTightened(state, lot);
            case REDUCED -> onReduced(state, scheme, lot, conditions);
        };
    }

    /** A quality engineer resumes acceptance inspection after the supplier's corrective action: on tightened. */
    public static SwitchingState resumed() {
        return SwitchingState.tightened();
    }

    private static Step onNormal(SwitchingState state, Scheme scheme, LotOutcome lot, Conditions conditions) {
        boolean accepted = lot.accepted();
        String recent = (state.recentOnNormal() + (accepted ? 'A' : 'N'));
        recent = recent.substring(Math.max(0, recent.length() - WINDOW));
        int acceptedInRow = accepted ? state.acceptedInRow() + 1 : 0;
        int score = scheme == Scheme.ISO_2859_1 ? score(state.score(), lot) : 0;
        long notAccepted = recent.chars().filter(outcome -> outcome == 'N').count();
        if (notAccepted >= 2) {
            return Step.to(SwitchingState.tightened(), notAccepted + " of the last " + recent.length() + " lots on normal inspection not accepted");
        }
        SwitchingState next = new SwitchingState(Severity.NORMAL, score, recent, acceptedInRow, 0, false);
        if (!conditions.productionSteady() || !conditions.reducedApproved()) {
            return Step.stay(next);
        }
        if (scheme == Scheme.ISO_2859_1 && score >= SCORE_FOR_REDUCED) {
            return Step.to(SwitchingState.reduced(), "switching score " + score + " with production steady and reduced inspection approved");
        }
        if (scheme == Scheme.Z1_4 && acceptedInRow >= Z14_LOTS_FOR_REDUCED) {
            return Step.to(SwitchingState.reduced(), acceptedInRow + " consecutive lots accepted on normal inspection with production steady"
                    + " and reduced inspection approved");
        }
        return Step.stay(next);
    }

    /**
     * ISO 2859-1 9.3.3.2 a: the switching score after one more lot on normal inspection. With several samples in one
     * class, each must earn its points: the lot gains the least any sample gains, and any sample that resets resets.
     */
    static int score(int score, LotOutcome lot) {
        if (!lot.accepted()) {
            return 0;
        }
        int gain = Integer.MAX_VALUE;
        for (Sample sample : lot.samples()) {
            SamplingPlan plan = sample.plan();
            if (plan.acceptance() >= 2) {
                boolean tighterAccepts = SamplingEngine.tighterAcceptance(plan).stream().anyMatch(ac -> sample.nonconforming() <= ac);
                if (!tighterAccepts) {
                    return 0;
                }
                gain = Math.min(gain, 3);
            } else {
                gain = Math.min(gain, 2);
            }
        }
        return score + gain;
    }

    private static Step onTightened(SwitchingState state, LotOutcome lot) {
        if (lot.accepted()) {
            int acceptedInRow = state.acceptedInRow() + 1;
            if (acceptedInRow >= WINDOW) {
                return Step.to(SwitchingState.normal(), acceptedInRow + " consecutive lots accepted on tightened inspection");
            }
            return Step.stay(new SwitchingState(Severity.TIGHTENED, 0, "", acceptedInRow, state.notAcceptedOnTightened(), false));
        }
        int notAccepted = state.notAcceptedOnTightened() + 1;
        if (notAccepted >= WINDOW) {
            return Step.to(new SwitchingState(Severity.TIGHTENED, 0, "", 0, notAccepted, true),
                    notAccepted + " lots not accepted on tightened inspection: acceptance inspection discontinued until the supplier's"
                            + " corrective action is accepted");
        }
        return Step.stay(new SwitchingState(Severity.TIGHTENED, 0, "", 0, notAccepted, false));
    }

    private static Step onReduced(SwitchingState state, Scheme scheme, LotOutcome lot, Conditions conditions) {
        if (!lot.accepted()) {
            return Step.to(SwitchingState.normal(), "a lot not accepted on reduced inspection");
        }
        if (scheme == Scheme.Z1_4 && lot.inGap()) {
            return Step.to(SwitchingState.normal(), "a lot accepted between the acceptance and rejection numbers of reduced inspection");
        }
        if (!conditions.productionSteady()) {
            return Step.to(SwitchingState.normal(), "production no longer steady");
        }
        return Step.stay(new SwitchingState(Severity.REDUCED, 0, "", state.acceptedInRow() + 1, 0, false));
    }
}
