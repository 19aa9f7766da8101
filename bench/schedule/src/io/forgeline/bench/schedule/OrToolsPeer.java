package io.forgeline.bench.schedule;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import io.forgeline.scheduling.planning.MachineOption;
import io.forgeline.scheduling.planning.Objectives;
import io.forgeline.scheduling.planning.Operation;
import io.forgeline.scheduling.planning.Order;
import io.forgeline.scheduling.planning.Plant;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.ScheduledOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OR-Tools CP-SAT peer: the textbook interval model of the (flexible) job shop, minimise the makespan,
 * 2 workers, the same time limit. Bench only; the service never depends on OR-Tools.
 */
final class OrToolsPeer {
    record Result(Schedule schedule, double seconds, String status, long bound) {}

    private OrToolsPeer() {}

    static Result solve(Plant plant, double timeLimit, long seed) {
        long t0 = System.nanoTime();
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        long horizon = 0;
        for (Order o : plant.orders()) {
            for (Operation op : o.operations()) {
                horizon += op.options().stream().mapToLong(MachineOption::minutes).max().orElse(0);
            }
        }
        Map<String, List<IntervalVar>> perMachine = new HashMap<>();
        List<IntVar> lastEnds = new ArrayList<>();
        List<IntVar[]> times = new ArrayList<>(); // start, end per operation
        List<List<BoolVar>> choices = new ArrayList<>();
        for (Order o : plant.orders()) {
            IntVar previousEnd = null;
            for (Operation op : o.operations()) {
                IntVar start = model.newIntVar(0, horizon, "s");
                IntVar end = model.newIntVar(0, horizon, "e");
                List<BoolVar> chosen = new ArrayList<>();
                if (op.options().size() == 1) {
                    MachineOption opt = op.options().get(0);
                    perMachine.computeIfAbsent(opt.machine(), k -> new ArrayList<>())
                            .add(model.newIntervalVar(start, LinearExpr.constant(opt.minutes()), end, "i"));
                } else {
                    for (MachineOption opt : op.options()) {
                        BoolVar presence = model.newBoolVar("p");
                        chosen.add(presence);
                        perMachine.computeIfAbsent(opt.machine(), k -> new ArrayList<>())
                                .add(model.newOptionalIntervalVar(start, LinearExpr.constant(opt.minutes()), end, presence, "o"));
                    }
                    model.addExactlyOne(chosen.toArray(new BoolVar[0]));
                }
                if (previousEnd != null) model.addLessOrEqual(previousEnd, start);
                previousEnd = end;
                times.add(new IntVar[] {start, end});
                choices.add(chosen);
            }
            lastEnds.add(previousEnd);
        }
        for (List<IntervalVar> intervals : perMachine.values()) model.addNoOverlap(intervals);
        IntVar makespan = model.newIntVar(0, horizon, "makespan");
        model.addMaxEquality(makespan, lastEnds);
        model.minimize(makespan);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit).setNumWorkers(2).setRandomSeed((int) seed);
        CpSolverStatus status = solver.solve(model);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<ScheduledOperation> ops = new ArrayList<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            int i = 0;
            for (int j = 0; j < plant.orders().size(); j++) {
                Order o = plant.orders().get(j);
                for (int k = 0; k < o.operations().size(); k++, i++) {
                    Operation op = o.operations().get(k);
                    String machine = op.options().get(0).machine();
                    for (int a = 0; a < choices.get(i).size(); a++) {
                        if (solver.booleanValue(choices.get(i).get(a))) machine = op.options().get(a).machine();
                    }
                    long s = solver.value(times.get(i)[0]);
                    ops.add(new ScheduledOperation(o.number(), j, op.id(), k, machine, s, s, solver.value(times.get(i)[1])));
                }
            }
        }
        long ms = ops.stream().mapToLong(ScheduledOperation::end).max().orElse(0);
        Schedule schedule = new Schedule(ops, new Objectives(0, 0, 0, ms, 0));
        return new Result(schedule, seconds, status.toString(), Math.round(solver.bestObjectiveBound()));
    }
}
