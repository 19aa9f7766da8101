package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/** Timefold score: decode the lanes into a timetable and read its costs; an unplanned operation breaks a rule. */
public final class PlanScoreCalculator implements EasyScoreCalculator<ShopFloorPlan, BendableScore> {
    @Override
    public BendableScore calculateScore(ShopFloorPlan plan) {
        Shop shop = plan.shop();
        Sequences s = plan.sequences();
        int assigned = 0;
        for (int l : s.len) assigned += l;
        Timetable tt = new Timetable(shop);
        tt.decode(s.seq, s.len);
        return ShopFloorPlan.score(tt.cost, shop.n - assigned);
    }
}
