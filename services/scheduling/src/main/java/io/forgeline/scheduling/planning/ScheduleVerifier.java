package io.forgeline.scheduling.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a schedule against the plant without using the solver: every operation planned exactly once, on an
 * eligible machine, for its duration in working time, after its order's previous operation, its release and
 * its material, inside its machine's calendar (without a break unless allowed), not overlapping another
 * operation on the machine, and with at least the setup its predecessor on the machine requires.
 */
public final class ScheduleVerifier {
    private ScheduleVerifier() {}

    public static List<Violation> verify(Plant plant, Schedule schedule) {
        List<Violation> out = new ArrayList<>();
        Map<String, Machine> machines = new HashMap<>();
        for (Machine m : plant.machines()) machines.put(m.code(), m);
        Map<String, ScheduledOperation> byKey = new HashMap<>();
        for (ScheduledOperation s : schedule.operations()) {
            if (byKey.put(s.order() + "/" + s.operation(), s) != null) {
                out.add(new Violation(Violation.Kind.DUPLICATE, s.order() + "/" + s.operation(), "planned more than once"));
            }
        }
        Map<String, Operation> known = new HashMap<>();
        Map<String, List<ScheduledOperation>> onMachine = new HashMap<>();
        for (Order order : plant.orders()) {
            ScheduledOperation previous = null;
            for (Operation op : order.operations()) {
                String key = order.number() + "/" + op.id();
                known.put(key, op);
                ScheduledOperation s = byKey.get(key);
                if (s == null) {
                    out.add(new Violation(Violation.Kind.MISSING, key, "not in the schedule"));
                    previous = null;
                    continue;
                }
                Machine machine = machines.get(s.machine());
                MachineOption option = op.options().stream().filter(o -> o.machine().equals(s.machine())).findFirst().orElse(null);
                if (machine == null || option == null) {
                    out.add(new Violation(Violation.Kind.NOT_ELIGIBLE, key, "machine " + s.machine() + " cannot do it"));
                } else {
                    ShiftCalendar cal = machine.calendar();
                    long work = cal.workBetween(s.start(), s.end());
                    if (work != option.minutes() || s.end() < s.start()) {
                        out.add(new Violation(Violation.Kind.WRONG_DURATION, key,
                                "runs " + work + " working minutes from " + s.start() + " to " + s.end() + ", needs " + option.minutes()));
                    } else if (s.end() > s.start() && (cal.workBetween(s.start(), s.start() + 1) == 0 || cal.workBetween(s.end() - 1, s.end()) == 0)) {
                        out.add(new Violation(Violation.Kind.CALENDAR, key, "starts or ends outside working time"));
                    }
                    if (!op.mayPauseAtBreaks() && !cal.isUninterrupted(s.setupStart(), s.end())) {
                        out.add(new Violation(Violation.Kind.CALENDAR, key, "runs across a break, which its routing does not allow"));
                    }
                    onMachine.computeIfAbsent(s.machine(), m -> new ArrayList<>()).add(s);
                }
                if (s.setupStart() > s.start()) {
                    out.add(new Violation(Violation.Kind.SETUP, key, "setup starts after the run"));
                }
                long earliest = Math.max(order.releaseAt(), op.materialReadyAt());
                if (s.start() < earliest) {
                    out.add(new Violation(Violation.Kind.TOO_EARLY, key, "starts at " + s.start() + " before release or material at " + earliest));
                }
                if (previous != null && s.start() < previous.end()) {
                    out.add(new Violation(Violation.Kind.PRECEDENCE, key,
                            "starts at " + s.start() + " before " + previous.operation() + " ends at " + previous.end()));
                }
                previous = s;
            }
        }
        for (ScheduledOperation s : schedule.operations()) {
            if (!known.containsKey(s.order() + "/" + s.operation())) {
                out.add(new Violation(Violation.Kind.UNKNOWN, s.order() + "/" + s.operation(), "not an operation of the plant"));
            }
        }
        for (Map.Entry<String, List<ScheduledOperation>> e : onMachine.entrySet()) {
            List<ScheduledOperation> ops = e.getValue();
            ops.sort(Comparator.comparingLong(ScheduledOperation::setupStart).thenComparingLong(ScheduledOperation::start));
            ShiftCalendar cal = machines.get(e.getKey()).calendar();
            for (int i = 0; i < ops.size(); i++) {
                ScheduledOperation cur = ops.get(i);
                ScheduledOperation before = i > 0 ? ops.get(i - 1) : null;
                if (before != null && cur.setupStart() < before.end()) {
                    out.add(new Violation(Violation.Kind.OVERLAP, cur.order() + "/" + cur.operation(),
                            "overlaps " + before.order() + "/" + before.operation() + " on " + e.getKey()));
                }
                String fromFamily = before == null ? null : known.get(before.order() + "/" + before.operation()).setupFamily();
                String toFamily = known.get(cur.order() + "/" + cur.operation()).setupFamily();
                long needed = plant.setups().minutes(fromFamily, toFamily);
                long given = cal.workBetween(cur.setupStart(), cur.start());
                if (given < needed) {
                    out.add(new Violation(Violation.Kind.SETUP, cur.order() + "/" + cur.operation(),
                            "gets " + given + " setup minutes on " + e.getKey() + ", needs " + needed));
                }
            }
        }
        return out;
    }
}
