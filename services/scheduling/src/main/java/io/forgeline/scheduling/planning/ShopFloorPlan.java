package io.forgeline.scheduling.planning;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.ArrayList;
import java.util.List;

/**
 * Timefold planning solution: machine lanes (entities) over the plant's operations (values). The score has one
 * hard level (broken rules) and four soft levels: stability, weighted tardiness, makespan, setup minutes.
 */
@PlanningSolution
public class ShopFloorPlan {
    private Shop shop;
    @PlanningEntityCollectionProperty
    private List<MachineLane> lanes = new ArrayList<>();
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<PlannedOperation> operations = new ArrayList<>();
    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 4)
    private BendableScore score;

    public ShopFloorPlan() {}

    ShopFloorPlan(Shop shop) {
        this.shop = shop;
        for (int k = 0; k < shop.m; k++) lanes.add(new MachineLane(k, shop.machineCode[k]));
        for (int o = 0; o < shop.n; o++) operations.add(new PlannedOperation(o, shop.operationId[o]));
        // started operations stay first on their machine, in the order they started
        List<Integer> started = new ArrayList<>();
        for (int o = 0; o < shop.n; o++) if (shop.pinned(o)) started.add(o);
        started.sort((a, b) -> Long.compare(shop.pinnedStart[a], shop.pinnedStart[b]));
        for (int o : started) {
            MachineLane lane = lanes.get(shop.pinnedMachine[o]);
            lane.getOperations().add(operations.get(o));
            lane.setStartedCount(lane.getStartedCount() + 1);
        }
    }

    Shop shop() {
        return shop;
    }

    public List<MachineLane> getLanes() {
        return lanes;
    }

    public void setLanes(List<MachineLane> lanes) {
        this.lanes = lanes;
    }

    public List<PlannedOperation> getOperations() {
        return operations;
    }

    public void setOperations(List<PlannedOperation> operations) {
        this.operations = operations;
    }

    public BendableScore getScore() {
        return score;
    }

    public void setScore(BendableScore score) {
        this.score = score;
    }

    /** The lanes as the solver's sequences; unassigned operations are simply absent. */
    Sequences sequences() {
        Sequences s = new Sequences(shop);
        for (MachineLane lane : lanes) {
            for (PlannedOperation op : lane.getOperations()) s.append(lane.index(), op.index());
        }
        return s;
    }

    static BendableScore score(long[] cost, int unassigned) {
        return BendableScore.of(new long[] {-(cost[0] + unassigned)},
                new long[] {-cost[1], -cost[2], -cost[3], -cost[4]});
    }
}
