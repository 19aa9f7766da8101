package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.planning.Machine;
import io.forgeline.scheduling.planning.MachineOption;
import io.forgeline.scheduling.planning.Operation;
import io.forgeline.scheduling.planning.Order;
import io.forgeline.scheduling.planning.Plant;
import io.forgeline.scheduling.planning.Reschedule;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.ScheduledOperation;
import io.forgeline.scheduling.planning.SetupMatrix;
import io.forgeline.scheduling.schedules.PlantFacts.MachineFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationFacts;
import io.forgeline.scheduling.schedules.PlantFacts.OperationKey;
import io.forgeline.scheduling.schedules.PlantFacts.OrderFacts;
import io.forgeline.scheduling.schedules.PlantFacts.Planned;
import io.forgeline.scheduling.schedules.PlantFacts.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure rule: the plant's facts as the scheduler's {@link Plant} on a minute axis, with what it needs to map
 * a solution back (operation ids are "order number/sequence"), and the {@link Reschedule} that keeps started
 * operations where they are and makes moving anything inside the frozen horizon cost stability.
 * Completed operations are not planned again; orders with nothing left to do are left out.
 */
public record PlantSnapshot(PlantFacts facts, Plant plant, Reschedule reschedule, Map<String, OperationRef> operations) {

    /** Rush orders' lateness weighs this many times a normal order's. */
    static final long RUSH_WEIGHT = 10;

    public record OperationRef(OrderFacts order, OperationFacts operation) {
        public OperationKey key() {
            return new OperationKey(order.id(), operation.sequence());
        }
    }

    public static String operationId(String orderNumber, int sequence) {
        return orderNumber + "/" + sequence;
    }

    public static PlantSnapshot of(PlantFacts facts) {
        TimeAxis axis = facts.axis();
        Map<String, List<MachineFacts>> byWorkCenter = new HashMap<>();
        Map<String, MachineFacts> machineByCode = new HashMap<>();
        List<Machine> machines = new ArrayList<>();
        for (MachineFacts m : facts.machines()) {
            byWorkCenter.computeIfAbsent(m.workCenterCode(), wc -> new ArrayList<>()).add(m);
            machineByCode.put(m.code(), m);
            machines.add(new Machine(m.code(), m.workingTime().calendar()));
        }
        Map<String, OperationRef> refs = new HashMap<>();
        List<Order> orders = new ArrayList<>();
        Set<String> started = new HashSet<>();
        List<ScheduledOperation> previous = new ArrayList<>();
        Map<OperationKey, Planned> planned = new HashMap<>();
        facts.previous().forEach(p -> planned.put(p.key(), p));
        int orderIndex = 0;
        for (OrderFacts order : facts.orders()) {
            List<Operation> operations = new ArrayList<>();
            for (OperationFacts op : order.operations()) {
                OperationKey key = new OperationKey(order.id(), op.sequence());
                Progress progress = facts.progress().get(key);
                if (progress != null && progress.completedAt() != null) {
                    continue;
                }
                String id = operationId(order.number(), op.sequence());
                List<MachineOption> options = options(order, op, byWorkCenter, machineByCode.keySet());
                // the first operation still to do waits for promised material; the rest wait for it
                long materialReady = operations.isEmpty() && order.materialReadyAt() != null
                        ? Math.max(0, axis.minutesNotBefore(order.materialReadyAt())) : 0;
                operations.add(new Operation(id, options, order.productFamily(), materialReady, op.mayPauseAtBreaks()));
                refs.put(id, new OperationRef(order, op));
                Planned before = planned.get(key);
                if (progress != null && progress.startedAt() != null) {
                    // what the floor did beats what the old plan said: pinned where and when it really started
                    String machine = progress.machineCode() != null ? progress.machineCode()
                            : before != null ? before.machineCode() : null;
                    long minutes = options.stream().filter(o -> o.machine().equals(machine))
                            .mapToLong(MachineOption::minutes).findFirst().orElse(-1);
                    if (machine != null && minutes > 0) {
                        MachineFacts mf = machineByCode.get(machine);
                        long start = axis.minutes(progress.startedAt());
                        long end = before != null && machine.equals(before.machineCode()) && before.start().equals(progress.startedAt())
                                ? axis.minutes(before.end())
                                : mf.workingTime().calendar().finish(start, minutes, true);
                        started.add(id);
                        previous.add(new ScheduledOperation(order.number(), orderIndex, id, operations.size() - 1, machine,
                                start, start, Math.max(end, start + 1)));
                        continue;
                    }
                }
                if (before != null) {
                    previous.add(new ScheduledOperation(order.number(), orderIndex, id, operations.size() - 1,
                            before.machineCode(), axis.minutes(before.setupStart()), axis.minutes(before.start()),
                            axis.minutes(before.end())));
                }
            }
            if (operations.isEmpty()) {
                continue;
            }
            long release = order.releaseAt() == null ? 0 : Math.max(0, axis.minutesNotBefore(order.releaseAt()));
            // an order already overdue is due "now": its whole lateness still counts from here
            long due = Math.max(release, axis.minutes(order.dueDate()));
            orders.add(new Order(order.number(), release, due, order.rush() ? RUSH_WEIGHT : 1, operations));
            orderIndex++;
        }
        SetupMatrix setups = SetupMatrix.none();
        facts.changeovers().forEach(c -> setups.changeover(c.fromFamily(), c.toFamily(), c.minutes()));
        Plant plant = new Plant(machines, orders, setups);
        Reschedule reschedule = new Reschedule(new Schedule(previous, null), started, 0,
                Math.max(0, axis.minutes(facts.frozenUntil())));
        return new PlantSnapshot(facts, plant, reschedule, refs);
    }

    private static List<MachineOption> options(OrderFacts order, OperationFacts op, Map<String, List<MachineFacts>> byWorkCenter,
            Set<String> known) {
        List<MachineOption> options = new ArrayList<>();
        if (op.options().isEmpty()) {
            for (MachineFacts m : byWorkCenter.getOrDefault(op.workCenterCode(), List.of())) {
                options.add(new MachineOption(m.code(), minutes(order.quantity(), op.setupMinutes(), op.runMinutesPerUnit())));
            }
        } else {
            for (PlantFacts.Option o : op.options()) {
                if (!known.contains(o.machineCode())) {
                    continue; // a machine without working time in the horizon takes no work
                }
                options.add(new MachineOption(o.machineCode(), minutes(order.quantity(), o.setupMinutes(), o.runMinutesPerUnit())));
            }
        }
        return options;
    }

    /** Setup plus run for the order's quantity, whole minutes rounded up: a started minute is a used minute. */
    static long minutes(BigDecimal quantity, int setupMinutes, BigDecimal runMinutesPerUnit) {
        return setupMinutes + runMinutesPerUnit.multiply(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
