package io.forgeline.scheduling.planning;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plant compiled into arrays for the solver: operations and machines by index, durations per
 * (operation, machine) with 0 for "not eligible", setup minutes per (family, family). Built once per solve;
 * refuses an infeasible plant naming the operation.
 */
final class Shop {
    final Plant plant;
    final int n;
    final int m;
    final int[] orderOf;
    final int[] positionOf;
    final int[] jobPrev;
    final int[] jobNext;
    final long[] duration; // n * m, 0 = not eligible
    final int[][] eligible;
    final int[] family;
    final long[][] setup; // [from family + 1][to family + 1]; row 0 = nothing before
    final long[] earliest;
    final boolean[] mayPause;
    final ShiftCalendar[] calendar;
    final boolean[] alwaysOpen;
    final long[] due;
    final long[] weight;
    final boolean hasDueDates;
    final boolean hasSetups;
    final boolean simple; // always open, no setups, no release/material dates, no due dates, nothing pinned
    final String[] operationId;
    final String[] machineCode;
    // rescheduling
    final int[] pinnedMachine;
    final long[] pinnedSetupStart;
    final long[] pinnedStart;
    final long[] pinnedEnd;
    final int[] previousMachine;
    final long[] previousStart;
    final boolean[] frozen;

    Shop(Plant plant, Reschedule reschedule) {
        this.plant = plant;
        m = plant.machines().size();
        n = plant.operationCount();
        machineCode = new String[m];
        Map<String, Integer> machineIndex = new HashMap<>();
        calendar = new ShiftCalendar[m];
        alwaysOpen = new boolean[m];
        boolean allOpen = true;
        for (int k = 0; k < m; k++) {
            Machine mc = plant.machines().get(k);
            if (machineIndex.put(mc.code(), k) != null) {
                throw new IllegalArgumentException("machine " + mc.code() + " appears twice");
            }
            machineCode[k] = mc.code();
            calendar[k] = mc.calendar();
            alwaysOpen[k] = mc.calendar().isAlwaysOpen();
            allOpen &= alwaysOpen[k];
        }
        orderOf = new int[n];
        positionOf = new int[n];
        jobPrev = new int[n];
        jobNext = new int[n];
        duration = new long[Math.multiplyExact(n, m)];
        eligible = new int[n][];
        family = new int[n];
        earliest = new long[n];
        mayPause = new boolean[n];
        operationId = new String[n];
        int orders = plant.orders().size();
        due = new long[orders];
        weight = new long[orders];
        Map<String, Integer> families = new HashMap<>();
        boolean dueDates = false;
        boolean releases = false;
        int o = 0;
        Map<String, Integer> opIndex = new HashMap<>();
        for (int j = 0; j < orders; j++) {
            Order order = plant.orders().get(j);
            due[j] = order.dueAt();
            weight[j] = order.weight();
            dueDates |= order.dueAt() != Long.MAX_VALUE;
            List<Operation> ops = order.operations();
            for (int p = 0; p < ops.size(); p++, o++) {
                Operation op = ops.get(p);
                orderOf[o] = j;
                positionOf[o] = p;
                jobPrev[o] = p == 0 ? -1 : o - 1;
                jobNext[o] = p == ops.size() - 1 ? -1 : o + 1;
                operationId[o] = op.id();
                opIndex.put(order.number() + "\u0000" + op.id(), o);
                earliest[o] = Math.max(order.releaseAt(), op.materialReadyAt());
                releases |= earliest[o] > 0;
                mayPause[o] = op.mayPauseAtBreaks();
                family[o] = op.setupFamily() == null ? -1 : families.computeIfAbsent(op.setupFamily(), f -> families.size());
                int[] el = new int[op.options().size()];
                int count = 0;
                for (MachineOption option : op.options()) {
                    Integer k = machineIndex.get(option.machine());
                    if (k == null) {
                        throw new IllegalArgumentException("operation " + op.id() + " of production order " + order.number()
                                + " names machine " + option.machine() + ", which the plant does not have");
                    }
                    if (!op.mayPauseAtBreaks() && option.minutes() > calendar[k].longestWindow()) {
                        continue; // can never run there without a break
                    }
                    if (duration[o * m + k] == 0) {
                        el[count++] = k;
                    }
                    duration[o * m + k] = option.minutes();
                }
                if (count == 0) {
                    throw new InfeasiblePlant(order.number(), op.id(), op.options().isEmpty()
                            ? "no machine can do it" : "it does not fit into any working window of its machines without a break");
                }
                eligible[o] = Arrays.copyOf(el, count);
            }
        }
        hasDueDates = dueDates;
        String[] familyNames = new String[families.size()];
        families.forEach((name, i) -> familyNames[i] = name);
        setup = new long[familyNames.length + 1][familyNames.length + 1];
        boolean setups = false;
        for (int a = -1; a < familyNames.length; a++) {
            for (int b = 0; b < familyNames.length; b++) {
                long s = a < 0 ? plant.setups().initial(familyNames[b]) : plant.setups().minutes(familyNames[a], familyNames[b]);
                setup[a + 1][b + 1] = s;
                setups |= s > 0;
            }
        }
        hasSetups = setups;

        pinnedMachine = new int[n];
        Arrays.fill(pinnedMachine, -1);
        pinnedSetupStart = new long[n];
        pinnedStart = new long[n];
        pinnedEnd = new long[n];
        previousMachine = new int[n];
        Arrays.fill(previousMachine, -1);
        previousStart = new long[n];
        frozen = new boolean[n];
        boolean pins = false;
        if (reschedule != null) {
            for (ScheduledOperation s : reschedule.previous().operations()) {
                Integer idx = opIndex.get(s.order() + "\u0000" + s.operation());
                Integer k = machineIndex.get(s.machine());
                if (idx == null || k == null) {
                    continue; // the order or machine is gone: nothing to keep
                }
                previousMachine[idx] = k;
                previousStart[idx] = s.start();
                frozen[idx] = s.start() < reschedule.frozenUntil();
                if (reschedule.startedOperations().contains(s.operation())) {
                    pinnedMachine[idx] = k;
                    pinnedSetupStart[idx] = s.setupStart();
                    pinnedStart[idx] = s.start();
                    pinnedEnd[idx] = s.end();
                    pins = true;
                }
            }
            for (int i = 0; i < n; i++) {
                if (pinnedMachine[i] < 0) {
                    earliest[i] = Math.max(earliest[i], reschedule.now());
                    releases |= earliest[i] > 0;
                }
            }
        }
        simple = allOpen && !setups && !releases && !dueDates && !pins;
    }

    long duration(int op, int machine) {
        return duration[op * m + machine];
    }

    long setupMinutes(int fromOp, int toOp) {
        return setup[fromOp < 0 || family[fromOp] < 0 ? 0 : family[fromOp] + 1][family[toOp] + 1];
    }

    boolean pinned(int op) {
        return pinnedMachine[op] >= 0;
    }
}
